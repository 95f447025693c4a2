import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, Message, MessageCode, MessageParams } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-errors';
import { isTransientConflict } from './transactions';
import { RequestValidationError } from './validation';
import { WebAppFallback } from '../bootstrap/web-app';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const TRANSIENT_RETRY_AFTER_SECONDS = 1;

/** Errors PostgreSQL raises for input the validators let through, mapped to a client error. */
const PG_CLIENT_ERRORS: Record<string, { status: number; message: string; code: MessageCode }> = {
  '23505': { status: 409, message: 'A record with the same unique value already exists', code: 'DUPLICATE_VALUE' },
  '22P02': { status: 400, message: 'A value has the wrong format', code: 'VALUE_WRONG_FORMAT' },
  '22001': { status: 400, message: 'A value is too long', code: 'VALUE_TOO_LONG' },
  '22003': { status: 400, message: 'A number is out of range', code: 'NUMBER_OUT_OF_RANGE' },
};

/**
 * Unique indexes that hold a domain rule a service also checks: when two requests race past the
 * service's check, the index refuses the second, and it gets the rule's own code, not a generic one.
 */
const UNIQUE_RULES: Record<string, { message: string; code: MessageCode }> = {
  uq_pilot_applications_one_per_institution: { message: 'Your institution has already applied for this product in this plan', code: 'ALREADY_APPLIED' },
};

/** Codes for the statuses Nest and Fastify raise themselves. */
const STATUS_CODES: Record<number, MessageCode> = {
  401: 'UNAUTHENTICATED',
  403: 'ROLE_NOT_ALLOWED',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * The one place errors become responses: `{ statusCode, error, code, params?, message, details?, detailCodes?, requestId }`:
 * the code and params are what the web words for the reader, the message is English for API users.
 * A 500 says nothing of its cause; the log has it, under the same request id.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  constructor(private readonly webApp: WebAppFallback | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toBody(exception, request);

    if (body.statusCode === 404 && this.webApp?.answer(request, reply)) return;
    if (isTransientConflict(exception)) {
      this.logger.warn(`${request.method} ${request.url} [${request.id}] aborted by PostgreSQL (${(exception as Error).message}): 503, to be sent again`);
    } else if (body.statusCode >= 500) {
      this.logger.error(`${request.method} ${request.url} [${request.id}]`, exception instanceof Error ? exception.stack : String(exception));
    }
    if (body.statusCode === 429 || body.statusCode === 503) {
      const retryAfter = isTransientConflict(exception) ? TRANSIENT_RETRY_AFTER_SECONDS : (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) void reply.header('retry-after', String(retryAfter));
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ApiError {
    const requestId = String(request.id);
    const make = (
      statusCode: number,
      message: string,
      code: MessageCode = STATUS_CODES[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
      { params, details, detailCodes }: { params?: MessageParams; details?: Record<string, string[]>; detailCodes?: Record<string, Message[]> } = {},
    ): ApiError => ({
      statusCode,
      error: REASONS[statusCode] ?? 'Error',
      code,
      ...(params ? { params } : {}),
      message,
      ...(details ? { details } : {}),
      ...(detailCodes ? { detailCodes } : {}),
      requestId,
    });

    if (exception instanceof RequestValidationError) return make(400, exception.message, 'INVALID_INPUT', exception);
    if (exception instanceof DomainError) return make(exception.status, exception.message, exception.code, exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      let message = exception.message;
      if (typeof response === 'object' && response && 'message' in response) {
        const raw = (response as { message: unknown }).message;
        message = Array.isArray(raw) ? raw.join('; ') : String(raw);
      }
      if (status === HttpStatus.TOO_MANY_REQUESTS) message = 'Too many attempts; wait a minute and try again';
      return make(status, message);
    }
    if (exception instanceof QueryFailedError) {
      // Never a 500: the change was undone whole and may simply be sent again.
      if (isTransientConflict(exception)) return make(503, 'The change met a concurrent one and was undone; send it again', 'TRANSIENT_CONFLICT');
      const { code, constraint } = (exception as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError ?? {};
      const rule = code === '23505' && constraint ? UNIQUE_RULES[constraint] : undefined;
      if (rule) return make(409, rule.message, rule.code);
      const mapped = code ? PG_CLIENT_ERRORS[code] : undefined;
      if (mapped) return make(mapped.status, mapped.message, mapped.code);
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return make(fastifyStatus, (exception as Error).message || REASONS[fastifyStatus] || 'Bad request');
    }
    return make(500, 'Internal server error');
  }
}
