import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { AppError, FieldError } from './app-error';
import { findTextProblems } from './text-safety';

/**
 * Problems with field names. A constraint on an absent (null or undefined) value is not one: every
 * validated input is a GraphQL input type, whose schema already refuses a missing required field, so an
 * absent optional field (`memo: null`) is never "too long" or "not a date". `@IsDefined()` still counts.
 */
function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const absent = error.value === null || error.value === undefined;
    const own = Object.entries(constraints)
      .filter(([name]) => !absent || name === 'isDefined')
      .map(([, message]) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The input as it is validated: text of only white space counts as empty, so `@IsNotEmpty()` and
 * `@MinLength()` refuse a name of spaces. (What is kept is the input as given.)
 */
function blankAsEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? '' : value;
  if (Array.isArray(value)) return value.map(blankAsEmpty);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, blankAsEmpty(item)]));
  return value;
}

const CALLER_INPUT = new Set(['body', 'query', 'param']);

/**
 * Validates every @Args/@Body/@Query input; all problems come back at once as BAD_USER_INPUT with field
 * names. Text that PostgreSQL or Unicode would refuse is refused here for every caller input, also the raw
 * JSON bodies machines send (typed `unknown`); a query parameter given twice is refused by its name.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Context, the current user and raw requests pass through.
    if (metadata.type === 'custom') return value;
    const declared = !!type && type !== Object;
    if (!declared && !CALLER_INPUT.has(metadata.type)) return value;
    if (metadata.type === 'query' && metadata.data && Array.isArray(value) && type !== Array)
      throw AppError.badInput([{ field: metadata.data, message: 'must be given once' }]);
    if (!(value instanceof Uint8Array)) {
      const textProblems = findTextProblems(value, typeof value === 'string' ? (metadata.data ?? '') : '');
      if (textProblems.length) throw AppError.badInput(textProblems);
    }
    if (!declared || [String, Boolean, Number, Array].includes(type as never) || value == null) return value;
    const checked = plainToInstance(type, blankAsEmpty(value));
    const errors = await validate(checked as object, { whitelist: true, forbidNonWhitelisted: true });
    const problems = flatten(errors);
    if (problems.length) throw AppError.badInput(problems);
    return plainToInstance(type, value);
  }
}
