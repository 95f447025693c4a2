import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../test/api-mock';
import { ApiRequestError, api, apiRequest, buildUrl, setAccessToken, setRefreshHandler } from './api-client';

afterEach(() => {
  setAccessToken(null);
  setRefreshHandler(null);
});

describe('api client', () => {
  it('sends JSON with the bearer token and the cookie credentials to /api/v1', async () => {
    const { fetchMock, requests } = mockApi({ 'POST /things': { status: 201, body: { id: 't1' } } });
    setAccessToken('abc');
    await expect(apiRequest('/things', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ id: 't1' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/things');
    expect(init?.credentials).toBe('include');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer abc');
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(requests[0].body).toEqual({ a: 1 });
  });

  it('sends a FormData body as multipart, leaving its Content-Type to fetch', async () => {
    const { fetchMock, requests } = mockApi({ 'POST /products/:id/images': { status: 201, body: { id: 'f1' } } });
    setAccessToken('abc');
    const form = new FormData();
    form.append('file', new File(['png'], 'photo.png', { type: 'image/png' }));
    await expect(api.upload('/products/p1/images', form)).resolves.toEqual({ id: 'f1' });
    const [, init] = fetchMock.mock.calls[0];
    expect(init?.body).toBe(form);
    expect(requests[0].headers.get('Content-Type')).toBeNull();
    expect(requests[0].headers.get('Authorization')).toBe('Bearer abc');
    expect((requests[0].body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('deletes with an empty 204', async () => {
    const { requests } = mockApi({ 'DELETE /products/:id/files/:fileId': { status: 204 } });
    await expect(api.delete('/products/p1/files/f1')).resolves.toBeUndefined();
    expect(requests[0].params).toEqual({ id: 'p1', fileId: 'f1' });
  });

  it('drops empty query parameters', () => {
    expect(buildUrl('/users', { status: '', role: undefined, q: 'kim', page: 2 })).toBe('/api/v1/users?q=kim&page=2');
  });

  it('on a 401 refreshes once and retries with the new token', async () => {
    let token = 'old';
    const { requests } = mockApi({
      'GET /auth/me': (request) =>
        request.headers.get('Authorization') === 'Bearer new' ? { body: { id: 'me' } } : apiError(401, 'expired'),
    });
    setAccessToken(token);
    const refresh = vi.fn(async () => {
      token = 'new';
      setAccessToken(token);
      return true;
    });
    setRefreshHandler(refresh);
    await expect(apiRequest('/auth/me')).resolves.toEqual({ id: 'me' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(2);
  });

  it('gives up after one refresh and throws the API error', async () => {
    mockApi({ 'GET /auth/me': apiError(401, 'expired') });
    const refresh = vi.fn(async () => true);
    setRefreshHandler(refresh);
    const failure = apiRequest('/auth/me');
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 401, body: { message: 'expired' } });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not refresh when told not to (sign-in)', async () => {
    mockApi({ 'POST /auth/login': apiError(401, 'wrong') });
    const refresh = vi.fn(async () => true);
    setRefreshHandler(refresh);
    await expect(apiRequest('/auth/login', { method: 'POST', body: {}, skipAuthRefresh: true })).rejects.toMatchObject({ status: 401 });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('carries the per-field details of a 400', async () => {
    mockApi({ 'POST /auth/signup': apiError(400, 'Validation failed', { 'company.businessNumber': ['invalid'] }) });
    const error = await apiRequest('/auth/signup', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).fieldErrors).toEqual({ 'company.businessNumber': ['invalid'] });
  });

  it('accepts an empty 204', async () => {
    mockApi({ 'POST /auth/logout': { status: 204 } });
    await expect(apiRequest('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});
