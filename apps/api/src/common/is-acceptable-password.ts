import { passwordProblem, passwordProblemMessage } from '@inno/contracts';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * The password rules from libs/contracts (length, common, repeated, sequence, the e-mail's name part),
 * with the reason as the field's message. `emailProperty` names the DTO's e-mail field, when it has one.
 */
export function IsAcceptablePassword(emailProperty?: string, options?: ValidationOptions) {
  const problemOf = (args: ValidationArguments) => {
    const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : undefined;
    return typeof args.value === 'string' ? passwordProblem(args.value, typeof email === 'string' ? email : undefined) : null;
  };
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: object.constructor,
      propertyName,
      options,
      // Read back by the 400's detailCodes, to word the problem as a code (validation.ts).
      constraints: [emailProperty],
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => problemOf(args) === null,
        defaultMessage: (args: ValidationArguments) => passwordProblemMessage(problemOf(args)!, args.property),
      },
    });
}
