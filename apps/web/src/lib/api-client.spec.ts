import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../test/api-mock';
import { makeUser } from '../test/factories';
import { server } from '../test/server';
import { apiBlob, ApiRequestError, client, data, multipart, noRefresh, serialiseQuery, setAccessToken, setRefreshHandler } from './api-client';

afterEach(() => {
  setAccessToken(null);
  setRefreshHandler(null);
});

describe('api client', () => {
  it('sends JSON with the bearer token and the cookie credentials to /api/v1', async () => {
    const user = makeUser();
    const { requests } = mockApi({ 'PATCH /auth/me': { body: user } });
    setAccessToken('abc');
    await expect(data(client.PATCH('/api/v1/auth/me', { body: { name: '김혁신' } }))).resolves.toEqual(user);
    expect(requests[0].path).toBe('/auth/me');
    expect(requests[0].credentials).toBe('include');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer abc');
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(requests[0].body).toEqual({ name: '김혁신' });
  });

  it('sends a FormData body as multipart', async () => {
    const stored = { id: 'f1', name: 'photo.png', contentType: 'image/png', size: 3, url: '/files/f1' };
    const { requests } = mockApi({ 'POST /products/:id/images': { status: 201, body: stored } });
    setAccessToken('abc');
    const form = new FormData();
    form.append('file', new File(['png'], 'photo.png', { type: 'image/png' }));
    await expect(data(client.POST('/api/v1/products/{id}/images', { params: { path: { id: 'p1' } }, body: multipart(form) }))).resolves.toEqual(stored);
    expect(requests[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(requests[0].headers.get('Authorization')).toBe('Bearer abc');
    expect((requests[0].body as FormData).get('file')).toMatchObject({ type: 'image/png', size: 3 });
  });

  it('deletes with an empty 204', async () => {
    const { requests } = mockApi({ 'DELETE /products/:id/files/:fileId': { status: 204 } });
    await expect(data(client.DELETE('/api/v1/products/{id}/files/{fileId}', { params: { path: { id: 'p1', fileId: 'f1' } } }))).resolves.toBeUndefined();
    expect(requests[0].params).toEqual({ id: 'p1', fileId: 'f1' });
  });

  it('drops empty query parameters', () => {
    expect(serialiseQuery({ status: '', role: undefined, q: 'kim', page: 2 })).toBe('q=kim&page=2');
  });

  it('on a 401 refreshes once and retries with the new token', async () => {
    const user = makeUser();
    const { requests } = mockApi({
      'GET /auth/me': (request) => (request.headers.get('Authorization') === 'Bearer new' ? { body: user } : apiError(401, 'expired')),
    });
    setAccessToken('old');
    const refresh = vi.fn(async () => {
      setAccessToken('new');
      return true;
    });
    setRefreshHandler(refresh);
    await expect(data(client.GET('/api/v1/auth/me'))).resolves.toEqual(user);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(2);
  });

  it('gives up after one refresh and throws the API error', async () => {
    mockApi({ 'GET /auth/me': apiError(401, 'expired') });
    const refresh = vi.fn(async () => true);
    setRefreshHandler(refresh);
    const failure = data(client.GET('/api/v1/auth/me'));
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 401, body: { message: 'expired' } });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not refresh when told not to (sign-in)', async () => {
    mockApi({ 'POST /auth/login': apiError(401, 'wrong') });
    const refresh = vi.fn(async () => true);
    setRefreshHandler(refresh);
    await expect(data(client.POST('/api/v1/auth/login', { body: { email: 'a@b.kr', password: 'x' }, ...noRefresh }))).rejects.toMatchObject({
      status: 401,
    });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('carries the code, params and per-field details of an error', async () => {
    mockApi({
      'POST /auth/signup': {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', code: 'WRONG_STATE', params: { state: 'DRAFT' }, details: { 'company.businessNumber': ['invalid'] } },
      },
    });
    const error = await data(client.POST('/api/v1/auth/signup', { body: {} as never })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).body).toMatchObject({ code: 'WRONG_STATE', params: { state: 'DRAFT' } });
    expect((error as ApiRequestError).fieldErrors).toEqual({ 'company.businessNumber': ['invalid'] });
  });

  it('accepts an empty 204', async () => {
    mockApi({ 'POST /auth/logout': { status: 204 } });
    await expect(data(client.POST('/api/v1/auth/logout', noRefresh))).resolves.toBeUndefined();
  });

  it('downloads a file with the bearer token and the query, refreshing once on a 401', async () => {
    const seen: { authorization: string | null; format: string | null }[] = [];
    // A file, not JSON: answered here rather than through mockApi's JSON routes.
    server.use(
      http.get('/api/v1/purchase-targets/export', ({ request }) => {
        const authorization = request.headers.get('Authorization');
        seen.push({ authorization, format: new URL(request.url).searchParams.get('format') });
        if (authorization !== 'Bearer new') return HttpResponse.json({ statusCode: 401, error: 'Unauthorized', message: 'expired' }, { status: 401 });
        return new HttpResponse('기관,금액\n', { headers: { 'Content-Type': 'text/csv' } });
      }),
    );
    setAccessToken('old');
    setRefreshHandler(async () => {
      setAccessToken('new');
      return true;
    });
    const blob = await apiBlob('/api/v1/purchase-targets/export', { year: 2026, format: 'csv', type: '' });
    expect(await blob.text()).toBe('기관,금액\n');
    expect(seen).toEqual([
      { authorization: 'Bearer old', format: 'csv' },
      { authorization: 'Bearer new', format: 'csv' },
    ]);
  });

  it('throws the API error of a refused download', async () => {
    server.use(http.get('/api/v1/orders/:id/documents/:documentId', () => HttpResponse.json({ statusCode: 403, error: 'Forbidden', message: 'not yours', code: 'NOT_YOURS' }, { status: 403 })));
    await expect(apiBlob('/api/v1/orders/o1/documents/d1')).rejects.toMatchObject({ status: 403, body: { code: 'NOT_YOURS' } });
  });
});
