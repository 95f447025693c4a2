#!/usr/bin/env node
// `npm run screenshots`: starts the platform as `npm start` does (built web + API on a scratch
// embedded PostgreSQL with the demo year), photographs five key pages at phone and desktop size
// into docs/screenshots/, and stops everything it started.
//   --no-build   reuse dist/apps/web as it is
//   CHROMIUM_PATH=/path/to/chromium   another browser (default: Debian's /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root, startPlatform, stopPlatform } from './platform.mjs';

const out = join(root, 'docs/screenshots');
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const DEMO_PASSWORD = 'Innovation2026!';

if (!process.argv.includes('--no-build') || !existsSync(join(root, 'dist/apps/web/index.html'))) {
  console.log('Building the web app…');
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log('Starting the platform with the demo year…');
const platform = await startPlatform({ name: 'screenshots' });
const base = platform.baseUrl;

let browser;
try {
  const pages = await keyPages();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(out, { recursive: true });
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await browser.newContext({ baseURL: base, locale: 'ko-KR', viewport, deviceScaleFactor: 1, isMobile: size === 'phone', hasTouch: size === 'phone' });
    const page = await context.newPage();
    for (const { name, path, ready } of pages) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      const file = join(out, `${name}-${size}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(`  ${file.slice(root.length + 1)}`);
    }
    await context.close();
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await stopPlatform(platform);
}

/** The five pages, the product and the committee session picked from the demo data through the API. */
async function keyPages() {
  const api = async (path, token) => {
    const response = await fetch(`${base}/api/v1${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  };
  // A product with a finished pilot, so its page shows the pilot results too.
  const [product] = (await api(`/products?q=${encodeURIComponent('스마트 LED 조명')}`)).items;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'operator@demo.innomarket.kr', password: DEMO_PASSWORD }),
  });
  const { accessToken } = await login.json();
  const sessions = await api('/committee-sessions', accessToken);
  const sat = sessions.find((s) => new Date(s.startsAt) < new Date() && s.items.length && s.items.every((i) => i.status === 'CLOSED'));
  return [
    { name: '1-home', path: '/', ready: 'main h1' },
    { name: '2-catalogue', path: '/catalogue', ready: '[data-testid="catalogue-result"]' },
    { name: '3-product', path: `/products/${product.id}`, ready: '[data-testid="product-name"]' },
    { name: '4-decisions', path: '/decisions', ready: '[data-kind]' },
    { name: '5-committee-minutes', path: `/minutes/${sat.id}`, ready: 'main h1' },
  ];
}
