import type { ApiError, CatalogPage, MessageCode, SessionResponse, SignupResponse, UserView } from '@inno/contracts';

/**
 * Examples for the document, typed as the contracts' views so they cannot drift from them. The
 * values are the demo data's (`database/seeds`), not real companies or people.
 */

const REQUEST_ID = '3f1c2d9e-5b7a-4e8f-9a6b-1c2d3e4f5a6b';

type ErrorExample = ApiError & { code: MessageCode };

/** One example body per error status, as `HttpExceptionFilter` writes it. */
export const ERROR_EXAMPLES: Record<number, ErrorExample> = {
  400: {
    statusCode: 400,
    error: 'Bad Request',
    code: 'INVALID_INPUT',
    message: 'The request has invalid fields',
    details: { email: ['email must be an email'] },
    detailCodes: { email: [{ code: 'FIELD_NOT_EMAIL' }] },
    requestId: REQUEST_ID,
  },
  401: { statusCode: 401, error: 'Unauthorized', code: 'UNAUTHENTICATED', message: 'Sign in first: the access token is missing, invalid or expired', requestId: REQUEST_ID },
  403: { statusCode: 403, error: 'Forbidden', code: 'ROLE_NOT_ALLOWED', params: { role: 'CITIZEN' }, message: 'Your role (CITIZEN) may not do this', requestId: REQUEST_ID },
  404: { statusCode: 404, error: 'Not Found', code: 'NOT_FOUND', params: { entity: 'product' }, message: 'product 0d9b7c1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e not found', requestId: REQUEST_ID },
  409: {
    statusCode: 409,
    error: 'Conflict',
    code: 'WRONG_STATE',
    params: { status: 'SUBMITTED', action: 'submit' },
    message: 'This proposal is SUBMITTED: it cannot be moved by "submit"',
    requestId: REQUEST_ID,
  },
  413: { statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE', message: 'This kind of file may be at most 5 MB', requestId: REQUEST_ID },
  429: { statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'Too many attempts; wait a minute and try again', requestId: REQUEST_ID },
  503: { statusCode: 503, error: 'Service Unavailable', code: 'INTERNAL', message: 'The database does not answer', requestId: REQUEST_ID },
};

const DEMO_SUPPLIER: UserView = {
  id: '5b0e6f7a-8c9d-4e1f-a2b3-c4d5e6f7a8b9',
  email: 'supplier@demo.innomarket.kr',
  name: '김공급',
  role: 'SUPPLIER',
  status: 'ACTIVE',
  company: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: '(주)스마트에어' },
  institution: null,
  observer: null,
  createdAt: '2026-01-05T09:00:00.000Z',
};

export const SESSION_EXAMPLE: SessionResponse = {
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI1YjBlNmY3YSJ9.signature',
  expiresIn: 900,
  user: DEMO_SUPPLIER,
};

export const SIGNUP_EXAMPLE: SignupResponse = { user: { ...DEMO_SUPPLIER, status: 'PENDING' }, canSignIn: false };

export const CATALOG_PAGE_EXAMPLE: CatalogPage = {
  items: [
    {
      id: '0d9b7c1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e',
      goodsId: '24012345',
      kind: 'TYPE1',
      status: 'DESIGNATED',
      nameKo: '스마트 공기청정기',
      nameEn: 'Smart air purifier',
      modelName: 'SAP-3000',
      companyName: '(주)스마트에어',
      categoryCode: 'ENV-02-01',
      region: '서울',
      askingPrice: 1_250_000,
      imageUrl: '/api/v1/files/6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
      designatingBody: '조달청',
      designatedOn: '2026-03-02',
      validUntil: '2029-03-01',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
  totalIsCapped: false,
  facetsAreLowerBounds: false,
  totalIsEstimate: false,
  estimatedTotal: null,
  facetsAreEstimates: false,
  facets: { kind: [{ value: 'TYPE1', count: 1 }], category: [{ value: 'ENV-02-01', count: 1 }], region: [{ value: '서울', count: 1 }] },
};
