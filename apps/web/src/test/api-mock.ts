import type { ApiError } from '@inno/contracts';
import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  headers: Headers;
}

export interface MockResponse {
  status?: number;
  body?: unknown;
}

type Handler = MockResponse | ((request: MockRequest) => MockResponse | Promise<MockResponse>);

export function apiError(statusCode: number, message: string, details?: Record<string, string[]>): MockResponse {
  const error: ApiError = { statusCode, error: String(statusCode), message, ...(details ? { details } : {}) };
  return { status: statusCode, body: error };
}

function match(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) params[a[i].slice(1)] = decodeURIComponent(b[i]);
    else if (a[i] !== b[i]) return null;
  }
  return params;
}

/**
 * Stubs fetch with routes like `'POST /auth/login'` or `'GET /users/:id'`
 * (paths below /api/v1). Unknown routes answer 404. Returns the recorded requests.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '');
    // JSON bodies are parsed; a multipart body is kept as the FormData it was.
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body instanceof FormData ? init.body : undefined;
    for (const [key, handler] of Object.entries(routes)) {
      const [routeMethod, pattern] = key.split(' ');
      if (routeMethod !== method) continue;
      const params = match(pattern, path);
      if (!params) continue;
      const request: MockRequest = { method, path, query: url.searchParams, params, body, headers: new Headers(init.headers) };
      requests.push(request);
      const response = typeof handler === 'function' ? await handler(request) : handler;
      const status = response.status ?? 200;
      return new Response(response.body === undefined || status === 204 ? null : JSON.stringify(response.body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    requests.push({ method, path, query: url.searchParams, params: {}, body, headers: new Headers(init.headers) });
    return new Response(JSON.stringify({ statusCode: 404, error: 'Not Found', message: `no mock for ${method} ${path}` }), {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const find = (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path);
  return { fetchMock, requests, find };
}
