import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';

describe('the built web app', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'inno-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>혁신장터</title>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('is the answer to GET / whatever the Accept header (curl sends */*)', async () => {
    for (const accept of ['*/*', 'application/json', 'text/html']) {
      const response = await t.http().get('/').set('accept', accept).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<title>혁신장터</title>');
    }
  });

  it('answers /favicon.ico with the app icon, and the SVG at its own path', async () => {
    const ico = await t.http().get('/favicon.ico').set('accept', 'image/*').expect(200);
    expect(ico.headers['content-type']).toBe('image/svg+xml');
    await t.http().get('/favicon.svg').expect(200);
  });

  it('leaves unknown API paths and non-page requests a JSON 404', async () => {
    const api = await t.http().get('/api/v1/nothing-here').set('accept', 'text/html').expect(404);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    await t.http().get('/assets/missing.js').set('accept', '*/*').expect(404);
  });
});
