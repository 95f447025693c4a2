import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/web`,
  plugins: [react()],
  resolve: {
    alias: {
      '@inno/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    // Route pages are React.lazy chunks (src/app/router.tsx); keep the shell's budget honest.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // libs/contracts is pure declarations: what the shell does not use (e.g. state machines
      // built at module level) stays out of it. Measure with scripts/initial-js-size.mjs.
      treeshake: { moduleSideEffects: [{ test: /[\\/]libs[\\/]contracts[\\/]/, sideEffects: false }] },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
    restoreMocks: true,
    unstubGlobals: true,
    css: false,
    // Long form walkthroughs run for seconds; on a busy machine (API tests alongside) the default 5 s is flaky.
    testTimeout: 20_000,
  },
});
