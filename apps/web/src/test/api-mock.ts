import type { ApiError } from '@inno/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { paths } from '../api/schema';
import { server } from './server';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  headers: Headers;
  credentials: RequestCredentials;
}

export interface MockResponse<Body = unknown> {
  status?: number;
  body?: Body;
}

/** An error answer: the API's one error shape, whatever the route. */
export interface MockError {
  status: number;
  body: ApiError;
}

type Handler<Body> = MockResponse<Body> | MockError | ((request: MockRequest) => MockResponse<Body> | MockError | Promise<MockResponse<Body> | MockError>);

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** `/api/v1/calls/{id}` → `/calls/:id`, the way the specs (and MSW) write a route. */
type RoutePath<P> = P extends `/api/v1${infer Rest}` ? Colons<Rest> : never;
type Colons<P> = P extends `${infer Head}{${infer Name}}${infer Tail}` ? `${Head}:${Name}${Colons<Tail>}` : P;
/** The JSON body of an operation's 200, 201 or 202 (204s have none). */
type SuccessBody<Op> = Op extends { responses: infer R }
  ? { [C in keyof R]: C extends 200 | 201 | 202 ? (R[C] extends { content: { 'application/json': infer B } } ? B : never) : never }[keyof R]
  : never;
type Operations = {
  [P in keyof paths]: {
    [M in Method]: [paths[P][M]] extends [never] ? never : paths[P][M] extends object ? { key: `${Uppercase<M>} ${RoutePath<P>}`; op: paths[P][M] } : never;
  }[Method];
}[keyof paths];

/**
 * Answers per route, keyed like `'POST /auth/login'` or `'GET /users/:id'` (paths below /api/v1, the
 * parameter names of apps/api/openapi.json): a route the API does not have, or an answer of the wrong
 * shape, fails typechecking.
 */
export type ApiRoutes = { [O in Operations as O['key']]?: Handler<SuccessBody<O['op']>> };

export function apiError(statusCode: number, message: string, details?: Record<string, string[]>): MockError {
  const error: ApiError = { statusCode, error: String(statusCode), message, ...(details ? { details } : {}) };
  return { status: statusCode, body: error };
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('Content-Type') ?? '';
  // JSON bodies are parsed; a multipart body is read back as the FormData it was.
  if (type.includes('application/json')) return request.json();
  if (type.includes('multipart/form-data')) return request.formData();
  return undefined;
}

async function record(request: Request, params: Record<string, string>, requests: MockRequest[]): Promise<MockRequest> {
  const url = new URL(request.url);
  const recorded: MockRequest = {
    method: request.method,
    path: url.pathname.replace(/^\/api\/v1/, ''),
    query: url.searchParams,
    params,
    body: await readBody(request.clone()),
    headers: request.headers,
    credentials: request.credentials,
  };
  requests.push(recorded);
  return recorded;
}

function answer({ status = 200, body }: MockResponse | MockError): Response {
  return new HttpResponse(body === undefined || status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * Answers requests to /api/v1 at the network (MSW, src/test/server.ts) for the rest of the test.
 * Routes not given answer 404. Returns the requests as they arrived.
 */
export function mockApi(routes: ApiRoutes) {
  const requests: MockRequest[] = [];
  const handlers: HttpHandler[] = Object.entries(routes as Record<string, Handler<unknown>>).map(([key, handler]) => {
    const [method, pattern] = key.split(' ');
    const route = http[method.toLowerCase() as Method];
    return route(`/api/v1${pattern}`, async ({ request, params }) => {
      const recorded = await record(request, params as Record<string, string>, requests);
      return answer(typeof handler === 'function' ? await handler(recorded) : handler);
    });
  });
  const unknown = http.all('/api/v1/*', async ({ request }) => {
    const recorded = await record(request, {}, requests);
    return answer({ status: 404, body: { statusCode: 404, error: 'Not Found', message: `no mock for ${recorded.method} ${recorded.path}` } });
  });
  server.use(...handlers, unknown);
  const find = (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path);
  return { requests, find };
}
