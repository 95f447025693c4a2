#!/usr/bin/env node
// `npm start`: builds the web app, then runs the API, which serves the web at / and itself at /api
// (on an embedded PostgreSQL with demo data unless DATABASE_URL is set).
// `npm run dev`: the API plus Vite's dev server (hot reload) on :4200, proxying /api.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

if (!dev && !process.argv.includes('--no-build')) {
  console.log('Building the web app…');
  const build = spawnSync(bin('vite'), ['build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [
  spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], { cwd: root, stdio: 'inherit' }),
];
if (dev) children.push(spawn(bin('vite'), ['-c', 'apps/web/vite.config.ts'], { cwd: root, stdio: 'inherit' }));

// Ctrl-C reaches the children through the terminal's process group; SIGTERM sent to this
// process alone is passed on. Either way we wait for them to stop cleanly.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}
let exitCode = 0;
await Promise.all(
  children.map(
    (child) =>
      new Promise((done) =>
        child.on('exit', (code, signal) => {
          if (!stopping) {
            stopping = true;
            exitCode = code ?? (signal ? 1 : 0);
            for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
          }
          done();
        }),
      ),
  ),
);
process.exit(exitCode);
