#!/usr/bin/env node
// `npm run screenshots`: starts the platform as `npm start` does (built web + API on a scratch
// embedded PostgreSQL with the demo year), photographs five key pages at phone and desktop size
// into docs/screenshots/, and stops everything it started.
//   --no-build   reuse dist/apps/web as it is
//   CHROMIUM_PATH=/path/to/chromium   another browser (default: Debian's /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/screenshots');
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const DEMO_PASSWORD = 'Innovation2026!';

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

if (!process.argv.includes('--no-build') || !existsSync(join(root, 'dist/apps/web/index.html'))) {
  console.log('Building the web app…');
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const scratch = mkdtempSync(join(tmpdir(), 'inno-screenshots-'));
chmodSync(scratch, 0o755); // the postgres user initialises the cluster inside it
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const output = [];
console.log('Starting the platform with the demo year…');
const platform = spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_DIR: join(scratch, 'postgres'),
    EMBEDDED_PG_PORT: String(await freePort()),
    STORAGE_DIR: join(scratch, 'files'),
    SEED_DEMO: 'true',
    NODE_ENV: 'development',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
platform.stdout.on('data', (chunk) => output.push(String(chunk)));
platform.stderr.on('data', (chunk) => output.push(String(chunk)));

let browser;
try {
  await waitForHealth();
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
  console.error(output.join('').slice(-4000));
  process.exitCode = 1;
} finally {
  await browser?.close();
  await stopPlatform();
  rmSync(scratch, { recursive: true, force: true });
}

async function waitForHealth() {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (platform.exitCode !== null) throw new Error('The platform exited before it answered');
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The platform did not start in time');
    await new Promise((r) => setTimeout(r, 250));
  }
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

async function stopPlatform() {
  if (platform.exitCode !== null) return;
  const exited = new Promise((done) => platform.on('exit', done));
  platform.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (platform.exitCode === null) platform.kill('SIGKILL');
}
