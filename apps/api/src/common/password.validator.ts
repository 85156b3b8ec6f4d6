import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { passwordProblem } from '@tokenroll/domain';

/** The shared password rule (libs/domain), checked with the other fields so every problem comes back at once. */
export function IsAcceptablePassword(emailProperty?: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : undefined;
          return (
            typeof value === 'string' &&
            !passwordProblem(value, typeof email === 'string' ? email : undefined)
          );
        },
        defaultMessage(args: ValidationArguments) {
          const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : undefined;
          if (typeof args.value !== 'string') return 'must be text';
          return (
            passwordProblem(args.value, typeof email === 'string' ? email : undefined) ?? 'is not acceptable'
          );
        },
      },
    });
}
