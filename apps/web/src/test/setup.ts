import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setAccessToken, setRefreshHandler } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { setSessionHint } from './session-hint';

// A page's first render waits for its lazy chunk and locale namespace: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 4000 });

afterEach(async () => {
  cleanup();
  setAccessToken(null);
  setRefreshHandler(null);
  await i18n.changeLanguage('ko');
  window.localStorage.clear();
  setSessionHint(false);
});
