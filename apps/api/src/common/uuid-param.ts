import { Param, ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationError } from './validation';

/** A UUID path parameter; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationError({ [name]: [`${name} must be a UUID`] }) }));
