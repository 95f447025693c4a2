import type { SessionResponse } from '@inno/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { createMemoryRouter } from 'react-router';
import { AppRouterProvider } from '../app/app-router-provider';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { apiError, mockApi, type ApiRoutes, type MockResponse, type MockRequest } from './api-mock';
import { setSessionHint } from './session-hint';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
}

/**
 * Renders the whole app at `path`. The session comes from the mocked
 * POST /auth/refresh, as in the browser: a SessionResponse, or 401 when `session` is null.
 */
export function renderApp(path: string, { session = null, api = {} }: { session?: SessionResponse | null; api?: ApiRoutes } = {}) {
  setSessionHint(session !== null);
  const mock = mockApi({
    'POST /auth/refresh': session ? { body: session } : apiError(401, 'Unauthorized'),
    ...api,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProviders queryClient={testQueryClient()}>
      <AppRouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, api: mock };
}

/**
 * Renders one component inside the providers and a router (for Link and useNavigate),
 * under a Suspense boundary as the layout's (lazy locale namespaces suspend).
 */
export function renderWithProviders(ui: ReactElement, { api = {}, session = null }: { api?: ApiRoutes; session?: SessionResponse | null } = {}) {
  setSessionHint(session !== null);
  const mock = mockApi({
    'POST /auth/refresh': session ? { body: session } : apiError(401, 'Unauthorized'),
    ...api,
  });
  const router = createMemoryRouter([{ path: '*', element: <Suspense fallback={null}>{ui}</Suspense> }], { initialEntries: ['/'] });
  const utils = render(
    <AppProviders queryClient={testQueryClient()}>
      <AppRouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, api: mock };
}

export type { MockRequest, MockResponse };
