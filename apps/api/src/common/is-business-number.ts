import { isValidBusinessNumber } from '@inno/contracts';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** The 사업자등록번호 check digit rule from libs/contracts, as a class-validator rule. */
export function IsBusinessNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isBusinessNumber',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} is not a valid business registration number (XXX-XX-XXXXX with a correct check digit)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidBusinessNumber(value) },
    });
}
