import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens class-validator's tree into `{ "company.businessNumber": ["..."] }`. */
export function fieldMessages(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      details[path] = Object.entries(error.constraints).map(([rule, message]) =>
        rule === 'whitelistValidation' ? `${path} is not an accepted field` : message,
      );
    }
    if (error.children?.length) Object.assign(details, fieldMessages(error.children, path));
  }
  return details;
}

export class RequestValidationError extends BadRequestException {
  constructor(readonly details: Record<string, string[]>) {
    super('The request has invalid fields');
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldMessages(errors)),
  });
}
