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
    const textProblems = findTextProblems(value);
    if (textProblems.length) throw AppError.badInput(textProblems);
    const type = metadata.metatype;
    if (!type || [String, Boolean, Number, Array, Object].includes(type as never) || value == null) return value;
    const instance = plainToInstance(type, value);
    const errors = await validate(instance as object, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw AppError.badInput(flatten(errors));
    return instance;
  }
}
