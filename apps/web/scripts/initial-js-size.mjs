#!/usr/bin/env node
// What a route downloads first, gzipped: the entry chunk, the chunk of the
// route's page, and every chunk either imports statically (transitively).
// Usage, after `npx vite build -c apps/web/vite.config.ts`:
//   node apps/web/scripts/initial-js-size.mjs [page-chunk-prefix]   (default: catalogue)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../../dist/apps/web/', import.meta.url));
const assets = join(dist, 'assets');
const page = process.argv[2] ?? 'catalogue';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error(`no entry script in ${dist}index.html`);
// The page chunk is the one the router loads lazily: import(`./<page>-<hash>.js`) in the entry.
const lazy = [...readFileSync(join(assets, entry), 'utf8').matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]);
const chunkName = new RegExp(`^${page.replace(/[^\w-]/g, '')}-[\\w-]{8}\\.js$`);
const pageChunk = lazy.find((name) => chunkName.test(name));
if (!pageChunk) throw new Error(`no lazy chunk "${page}-<hash>.js" imported by ${entry}; lazy chunks: ${lazy.join(', ')}`);

const seen = new Map();
function visit(name) {
  if (seen.has(name)) return;
  const code = readFileSync(join(assets, name));
  seen.set(name, { raw: code.length, gzip: gzipSync(code).length });
  // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  for (const match of code.toString('utf8').matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(match[1]);
}
visit(entry);
visit(pageChunk);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let raw = 0;
let gzip = 0;
for (const [name, size] of [...seen].sort((a, b) => b[1].gzip - a[1].gzip)) {
  raw += size.raw;
  gzip += size.gzip;
  console.log(`${name.padEnd(44)} ${kb(size.raw).padStart(11)}  gzip ${kb(size.gzip).padStart(10)}`);
}
console.log(`${`initial JS of /${page}`.padEnd(44)} ${kb(raw).padStart(11)}  gzip ${kb(gzip).padStart(10)}`);
