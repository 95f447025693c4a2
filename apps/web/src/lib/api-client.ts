import type { ApiError } from '@inno/contracts';
import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';
import { wordMessage } from './messages';

/** An API answer other than 2xx, carrying the API's one error shape. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly body: ApiError;

  constructor(body: ApiError) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = body.statusCode;
    this.body = body;
  }

  /**
   * Messages per field from a 400, keyed exactly as the API names them: its `detailCodes` worded in
   * the reader's language (the English `details` only from an API that sends no codes).
   */
  get fieldErrors(): Record<string, string[]> {
    const { detailCodes, details } = this.body;
    if (!detailCodes) return details ?? {};
    return Object.fromEntries(Object.entries(detailCodes).map(([field, messages]) => [field, messages.map(wordMessage)]));
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

/** The access token lives in memory only; the refresh token is an httpOnly cookie. */
let accessToken: string | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function getAccessToken(): string | null {
  return accessToken;
}

type RefreshHandler = () => Promise<boolean>;
let refreshHandler: RefreshHandler | null = null;

/** The session registers how to renew the access token; the client calls it once on a 401. */
export function setRefreshHandler(handler: RefreshHandler | null): void {
  refreshHandler = handler;
}

/** Empty filters (a cleared select, an untouched search box) are left out of the query string. */
export function serialiseQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  return search.toString();
}

function withToken(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set('Accept', 'application/json');
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  else headers.delete('Authorization');
  return new Request(request, { headers });
}

// `globalThis.fetch` is read on every call, not captured once, so tests' network mocks see every request.
const sendOnce = (request: Request): Promise<Response> => globalThis.fetch(withToken(request));

/** Sends with the bearer token; on a 401 asks the session to refresh once, then retries once. */
async function sendWithRefresh(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await sendOnce(request);
  if (response.status !== 401 || !refreshHandler) return response;
  return (await refreshHandler()) ? sendOnce(retry) : response;
}

/**
 * The typed client of the API (types generated from apps/api/openapi.json into src/api/schema.d.ts):
 * paths, parameters, bodies and answers are checked against the document. Call it through `data()`.
 * Sign-in, sign-up, sign-out and the refresh itself pass `noRefresh`.
 */
export const client = createClient<paths>({
  // A full URL: the tests' Request (Node's) takes no relative one; in the browser it is the page's origin.
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'include',
  fetch: sendWithRefresh,
  querySerializer: serialiseQuery,
});

/** For the few requests that must not try a refresh on 401. */
export const noRefresh = { fetch: sendOnce };

function toApiError(status: number, statusText: string, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'message' in body) {
    const b = body as Partial<ApiError> & { message: unknown };
    return {
      statusCode: typeof b.statusCode === 'number' ? b.statusCode : status,
      error: typeof b.error === 'string' ? b.error : statusText,
      message: Array.isArray(b.message) ? b.message.join(', ') : String(b.message),
      ...(typeof b.code === 'string' ? { code: b.code } : {}),
      ...(b.params && typeof b.params === 'object' ? { params: b.params } : {}),
      details: b.details,
      ...(b.detailCodes && typeof b.detailCodes === 'object' ? { detailCodes: b.detailCodes } : {}),
      requestId: b.requestId,
    };
  }
  return { statusCode: status, error: statusText, message: typeof body === 'string' && body ? body : statusText };
}

/**
 * A multipart body (file uploads) as the client sends it: the FormData itself. The document types
 * the file part as a string (`format: binary`), which no File is.
 */
export const multipart = (form: FormData): never => form as never;

type Answer<T> = { data: T; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/** The success body of a typed call, or the API's error thrown as an ApiRequestError. */
export async function data<T>(answer: Promise<Answer<T>>): Promise<Exclude<T, undefined>> {
  const { data: body, error, response } = await answer;
  if (!response.ok) throw new ApiRequestError(toApiError(response.status, response.statusText, error));
  // An empty 204 is read as undefined; the operation's type says so (never).
  return body as Exclude<T, undefined>;
}

/**
 * GET a file the bearer token opens (an export, an order's document) as a Blob: `path` is the API's
 * own URL (`/api/v1/…`, as a document's `url` gives it), sent like every call, with one refresh on 401.
 */
export async function apiBlob(path: string, query: Record<string, unknown> = {}): Promise<Blob> {
  const search = serialiseQuery(query);
  const url = new URL(search ? `${path}?${search}` : path, globalThis.location?.origin);
  const response = await sendWithRefresh(new Request(url, { credentials: 'include' }));
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the text itself is the message
    }
    throw new ApiRequestError(toApiError(response.status, response.statusText, body));
  }
  return response.blob();
}
