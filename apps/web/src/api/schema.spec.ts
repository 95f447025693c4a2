import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Paths from the file's own (a string: jsdom replaces the URL class, which node:url then refuses).
const here = dirname(fileURLToPath(import.meta.url));
const generator = join(here, '../../scripts/api-types.mjs');
const checkedIn = join(here, 'schema.d.ts');

describe('the API types', () => {
  it('are what openapi-typescript makes of the checked-in apps/api/openapi.json', () => {
    const generated = execFileSync(process.execPath, [generator, '--stdout'], { encoding: 'utf8' });
    const upToDate = generated === readFileSync(checkedIn, 'utf8');
    expect(upToDate, 'apps/web/src/api/schema.d.ts is out of date: run `npm run api:spec` and commit it').toBe(true);
  });
});
