import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setAccessToken, setRefreshHandler } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { server } from './server';
import { setSessionHint } from './session-hint';

// A page's first render waits for its lazy chunk and locale namespace: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 4000 });

// A request nobody answers is a mistake in the spec: mockApi answers 404 for routes it was not given.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  setAccessToken(null);
  setRefreshHandler(null);
  await i18n.changeLanguage('ko');
  window.localStorage.clear();
  setSessionHint(false);
});
