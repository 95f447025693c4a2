import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';

const WEB = resolve(__dirname, '../../../web');
const SNIPPET_PATH = '/etc/nginx/snippets/security-headers.conf';
/** Headers that describe one response, not the site's policy. */
const PER_RESPONSE = new Set(['x-request-id', 'content-type', 'content-length', 'date', 'connection', 'cache-control', 'etag', 'last-modified', 'accept-ranges', 'vary']);

const policyHeaders = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));

describe('security headers for the web app', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'inno-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>혁신장터</title>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const apiHeaders = async () => policyHeaders((await t.http().get('/api/v1/health').expect(200)).headers as Record<string, string>);

  it('are sent by the API on the built app, its client-side routes and its assets', async () => {
    const expected = await apiHeaders();
    expect(expected['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(expected['x-frame-options']).toBe('DENY');
    for (const [path, accept] of [['/', 'text/html'], ['/catalogue/some-product', 'text/html'], ['/assets/app-1a2b3c.js', '*/*']]) {
      const response = await t.http().get(path).set('accept', accept).expect(200);
      expect(policyHeaders(response.headers as Record<string, string>)).toEqual(expected);
    }
  });

  it('are sent by nginx, the same as the API’s, in every location that serves the app', async () => {
    const nginx = readFileSync(join(WEB, 'nginx.conf'), 'utf8');
    const locations = [...nginx.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map(([, path, body]) => ({ path, body }));
    expect(locations.map((l) => l.path).sort()).toEqual(['/', '/api/', '/assets/']);
    for (const { path, body } of locations.filter((l) => l.path !== '/api/')) {
      // nginx drops inherited add_header lines in a location that has its own, so each includes them.
      expect({ path, includes: body.includes(`include ${SNIPPET_PATH};`) }).toEqual({ path, includes: true });
    }
    expect(readFileSync(join(WEB, 'Dockerfile'), 'utf8')).toContain(`COPY apps/web/security-headers.conf ${SNIPPET_PATH}`);

    const snippet = readFileSync(join(WEB, 'security-headers.conf'), 'utf8');
    const sent = Object.fromEntries(
      [...snippet.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map(([, name, value]) => [name.toLowerCase(), value]),
    );
    expect(sent).toEqual(await apiHeaders());
  });
});
