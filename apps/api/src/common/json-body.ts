import type { FastifyBodyParser } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RequestValidationError } from './validation';

/** No body of ours nests deeper than a call's criteria (six levels); validation recurses, so deeper is refused first. */
export const JSON_MAX_DEPTH = 16;

/**
 * The top-level field under which `value` nests objects and arrays deeper than `max` (`body` when
 * the body itself does), or null. Its own stack: a hostile body cannot exhaust the call stack here.
 */
export function fieldTooDeep(value: unknown, max = JSON_MAX_DEPTH): string | null {
  const stack: { node: unknown; depth: number; field: string }[] = [{ node: value, depth: 1, field: 'body' }];
  while (stack.length) {
    const { node, depth, field } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return field;
    const topLevel = depth === 1 && !Array.isArray(node);
    for (const [key, child] of Object.entries(node)) stack.push({ node: child, depth: depth + 1, field: topLevel ? key : field });
  }
  return null;
}

/**
 * The only body parser of JSON routes: Fastify's own (prototype poisoning refused), then the depth
 * cap, before any validation runs. Other content types are refused with 415 by Fastify itself
 * (its text/plain parser removed), multipart by the upload hook.
 */
export function useJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('text/plain');
  const parser: FastifyBodyParser<Buffer> = (request, body, done) =>
    parseJson(request, body as unknown as string, (error, value) => {
      if (error) return done(error);
      const field = fieldTooDeep(value);
      if (field) return done(new RequestValidationError({ [field]: [`${field} nests objects or arrays deeper than ${JSON_MAX_DEPTH} levels`] }));
      done(null, value);
    });
  app.useBodyParser('application/json', { bodyLimit }, parser);
}
