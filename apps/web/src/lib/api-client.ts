import type { ApiError } from '@inno/contracts';

export const API_BASE = '/api/v1';

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

  /** Messages per field from a 400 (`details`), keyed exactly as the API names them. */
  get fieldErrors(): Record<string, string[]> {
    return this.body.details ?? {};
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

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, except a FormData, which is sent as multipart/form-data. */
  body?: unknown;
  params?: QueryParams;
  signal?: AbortSignal;
  /** Do not try a refresh on 401 (sign-in, refresh itself, sign-up). */
  skipAuthRefresh?: boolean;
}

export function buildUrl(path: string, params?: QueryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  const qs = query.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body gets its multipart Content-Type (with the boundary) from fetch itself.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return fetch(buildUrl(path, options.params), {
    method: options.method ?? 'GET',
    headers,
    credentials: 'include',
    body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    signal: options.signal,
  });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

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
 * JSON fetch against /api/v1 with the in-memory bearer token. On a 401 it asks
 * the session to refresh once, then retries the request once.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await sendRenewing(path, options);
  const body = await readBody(response);
  if (!response.ok) throw new ApiRequestError(toApiError(response.status, response.statusText, body));
  return body as T;
}

async function sendRenewing(path: string, options: RequestOptions): Promise<Response> {
  const response = await send(path, options);
  if (response.status !== 401 || options.skipAuthRefresh || !refreshHandler) return response;
  return (await refreshHandler()) ? send(path, options) : response;
}

/** GET a file the bearer token opens (an export, an order's document) as a Blob. */
export async function apiBlob(path: string, params?: QueryParams): Promise<Blob> {
  const response = await sendRenewing(path, { params });
  if (!response.ok) throw new ApiRequestError(toApiError(response.status, response.statusText, await readBody(response)));
  return response.blob();
}

export const api = {
  get: <T>(path: string, params?: QueryParams, signal?: AbortSignal) => apiRequest<T>(path, { params, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
  /** POST multipart/form-data (file uploads). */
  upload: <T>(path: string, form: FormData) => apiRequest<T>(path, { method: 'POST', body: form }),
};
