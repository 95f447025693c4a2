#!/usr/bin/env node
// `nx run api:build`: the API compiled ahead of time (tsc: decorators and their metadata as Nest
// reads them) into dist/apps/api, laid out as the repository is (apps/api/src, libs/contracts/src),
// so what the code reads beside itself (apps/api/openapi.json, the web's message text for mails,
// data files under apps/api/src) sits at the same relative place. Run it with `node apps/api/src/main.js` from that directory and
// node_modules beside it (the image) or above it (here: dist/ is inside the repository).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, process.argv[2] ?? 'dist/apps/api');
const CONTRACTS = 'libs/contracts/src/index.js';

const started = Date.now();
rmSync(out, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'apps/api/tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// tsc keeps `@inno/contracts` as written (paths only guide its type checking): point each require
// at the compiled library, relative to the file, so the output runs with no resolver hook.
function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    else if (name.endsWith('.js')) yield path;
  }
}
let rewritten = 0;
for (const file of jsFiles(join(out, 'apps/api/src'))) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('"@inno/contracts"')) continue;
  let target = relative(dirname(file), join(out, CONTRACTS)).replace(/\\/g, '/');
  if (!target.startsWith('.')) target = `./${target}`;
  writeFileSync(file, text.replaceAll('require("@inno/contracts")', `require(${JSON.stringify(target)})`));
  rewritten++;
}
const left = [...jsFiles(out)].filter((file) => readFileSync(file, 'utf8').includes('"@inno/contracts"'));
if (left.length) throw new Error(`@inno/contracts is still required by ${left.map((f) => relative(out, f)).join(', ')}`);

// Files the running API reads beside its code: every file of apps/api/src that is not TypeScript
// (data it reads from __dirname, such as JSON schemas), the OpenAPI document, the web's message text.
cpSync(join(root, 'apps/api/src'), join(out, 'apps/api/src'), { recursive: true, filter: (source) => statSync(source).isDirectory() || !source.endsWith('.ts') });
cpSync(join(root, 'apps/api/openapi.json'), join(out, 'apps/api/openapi.json'));
cpSync(join(root, 'apps/web/src/locales/messages'), join(out, 'apps/web/src/locales/messages'), { recursive: true });

console.log(`API compiled into ${relative(root, out) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s (${rewritten} files point at the compiled contracts); run: node ${relative(root, join(out, 'apps/api/src/main.js'))}`);
