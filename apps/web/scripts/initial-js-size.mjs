#!/usr/bin/env node
// What a route downloads first, gzipped: the entry chunk, the chunk of the
// route's page, and every chunk either imports statically (transitively).
// Usage, after `npx vite build -c apps/web/vite.config.ts`:
//   node apps/web/scripts/initial-js-size.mjs [page-chunk-prefix] [--max-kb N] [--json]   (default: catalogue)
// --max-kb fails (exit 1) above that many KB gzipped; --json prints the figures and the npm packages
// in each chunk (read from the source maps) for a test to check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../../dist/apps/web/', import.meta.url));
const assets = join(dist, 'assets');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const maxKb = option('--max-kb');
const json = args.includes('--json');
const page = args.filter((a) => !a.startsWith('--'))[0] ?? 'catalogue';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error(`no entry script in ${dist}index.html`);
// The page chunk is the one the router loads lazily: import(`./<page>-<hash>.js`) in the entry.
const lazy = [...readFileSync(join(assets, entry), 'utf8').matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]);
const chunkName = new RegExp(`^${page.replace(/[^\w-]/g, '')}-[\\w-]{8}\\.js$`);
const pageChunk = lazy.find((name) => chunkName.test(name));
if (!pageChunk) throw new Error(`no lazy chunk "${page}-<hash>.js" imported by ${entry}; lazy chunks: ${lazy.join(', ')}`);

/** The npm packages a chunk holds, from its source map (the build writes one beside each chunk). */
function packagesOf(name) {
  const map = join(assets, `${name}.map`);
  if (!existsSync(map)) return [];
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources ?? [];
  return [...new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1]).filter(Boolean))].sort();
}

const seen = new Map();
function visit(name) {
  if (seen.has(name)) return;
  const code = readFileSync(join(assets, name));
  seen.set(name, { raw: code.length, gzip: gzipSync(code).length, packages: packagesOf(name) });
  // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  for (const match of code.toString('utf8').matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(match[1]);
}
visit(entry);
visit(pageChunk);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let raw = 0;
let gzip = 0;
const chunks = [...seen].sort((a, b) => b[1].gzip - a[1].gzip);
for (const [, size] of chunks) {
  raw += size.raw;
  gzip += size.gzip;
}
if (json) {
  console.log(JSON.stringify({ page, raw, gzip, chunks: chunks.map(([name, size]) => ({ name, ...size })) }));
} else {
  for (const [name, size] of chunks) console.log(`${name.padEnd(44)} ${kb(size.raw).padStart(11)}  gzip ${kb(size.gzip).padStart(10)}`);
  console.log(`${`initial JS of /${page}`.padEnd(44)} ${kb(raw).padStart(11)}  gzip ${kb(gzip).padStart(10)}`);
}
if (maxKb !== undefined && gzip > Number(maxKb) * 1024) {
  console.error(`initial JS of /${page} is ${kb(gzip)} gzipped, over its budget of ${maxKb} KB`);
  process.exit(1);
}
