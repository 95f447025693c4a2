import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequestValidationError } from '../common/validation';
import { CatalogQueryError, parseCatalogQuery } from './catalogue-query';

/**
 * The catalogue's query, read by parseCatalogQuery (a custom parameter: the global ValidationPipe
 * leaves it alone), with its refusals in the API's 400 shape.
 */
export const CatalogQueryParam = createParamDecorator((_: unknown, context: ExecutionContext) => {
  try {
    return parseCatalogQuery(context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown>);
  } catch (error) {
    if (error instanceof CatalogQueryError) throw new RequestValidationError(error.details, error.detailCodes);
    throw error;
  }
});
