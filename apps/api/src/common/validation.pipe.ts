import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { AppError, FieldError } from './app-error';
import { findTextProblems } from './text-safety';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every @Args/@Body input; all problems come back at once as BAD_USER_INPUT with field names. */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Only caller input: declared argument/body types. Context, the current user and raw requests pass through.
    if (!type || type === Object || metadata.type === 'custom') return value;
    const textProblems = findTextProblems(value, typeof value === 'string' ? (metadata.data ?? '') : '');
    if (textProblems.length) throw AppError.badInput(textProblems);
    if ([String, Boolean, Number, Array].includes(type as never) || value == null) return value;
    const instance = plainToInstance(type, value);
    const errors = await validate(instance as object, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw AppError.badInput(flatten(errors));
    return instance;
  }
}
