// Starts the whole platform once, as `npm start` does (built web + API on a scratch embedded
// PostgreSQL with demo data), and waits until it answers.
import { startPlatform } from '../../../../scripts/platform.mjs';

export default async function globalSetup() {
  const platform = await startPlatform({
    name: 'e2e',
    // Every browser test signs in from 127.0.0.1: the per-address limit would otherwise throttle the suite itself.
    env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
  });
  globalThis.__INNO_PLATFORM__ = platform;
  process.env.E2E_BASE_URL = platform.baseUrl;
}
