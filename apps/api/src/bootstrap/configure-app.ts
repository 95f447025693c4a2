import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpExceptionFilter } from '../common/http-exception.filter';
import { useJsonBodies } from '../common/json-body';
import { readOpenApiDocument } from '../openapi/openapi-document';
import { createValidationPipe } from '../common/validation';
import type { AppConfig } from '../config/app.config';
import { refuseMultipartOutsideUploads } from '../storage/upload-route';
import { WebAppFallback } from './web-app';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const BODY_LIMIT = 1_048_576;

/**
 * The Fastify adapter: request ids (a caller's own when well-formed), a 1 MB body limit, and the
 * client's address taken from X-Forwarded-For only as far as the configured proxies vouch for it.
 */
export function createAdapter(config: Pick<AppConfig, 'trustProxy'>): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Requests Node's parser rejects (malformed URL or headers) still get the one error shape.
    clientErrorHandler: (error, socket) => {
      const body = JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'Malformed request' });
      if (socket.writable) {
        socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      }
      void error;
    },
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
}

/**
 * Helmet's headers, computed once: they are the same for every response (no CSP nonces), and
 * @fastify/helmet rebuilt the middleware on every request (about 10 % of a cheap search's CPU).
 */
function securityHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Everything main.ts and the tests share: prefix, body parsers, pipes, filter, headers, cookies, docs, web app. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Swagger UI's inline styles; the web app itself needs none.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Served over plain http in development; TLS is the proxy's job in production.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // As CSP's frame-ancestors 'none' says, for browsers that read only X-Frame-Options.
    frameguard: { action: 'deny' },
  });
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers).header('x-request-id', request.id);
    done();
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  useJsonBodies(app, BODY_LIMIT);
  app.getHttpAdapter().getInstance().addHook('preValidation', refuseMultipartOutsideUploads);

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const webApp = WebAppFallback.load(config.WEB_DIST_DIR);
  app.useGlobalFilters(new HttpExceptionFilter(webApp));

  // The checked-in document (`npm run api:spec`), read on the first request: `openapi-document.spec.ts`
  // fails when it differs from what the controllers say, and the API needs no generator to serve it.
  SwaggerModule.setup('api/docs', app, readOpenApiDocument, { jsonDocumentUrl: 'api/docs-json' });

  if (webApp) {
    await app.register(fastifyStatic, { root: webApp.root, prefix: '/', wildcard: false, index: false });
  }
}
