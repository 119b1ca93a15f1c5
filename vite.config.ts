/// <reference types="vitest/config" />
// Vite builds the explorer from web/; Vitest runs three projects: unit (pure, no database),
// integration (a real Neo4j, provided by test/global-setup.ts) and browser (Chromium + the built app).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_PORT = Number(process.env.API_PORT ?? 7475);

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      // The API lives under /api, and so does web/api/client.ts: let Vite serve the sources itself.
      '/api': {
        target: `http://127.0.0.1:${API_PORT}`,
        bypass: (req) => (/\.tsx?$/.test((req.url ?? '').split('?')[0] ?? '') ? req.url : undefined),
      },
    },
  },
  test: {
    root: '.',
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['graph/**/*.test.ts', 'importer/**/*.test.ts', 'web/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: '.',
          include: ['test/**/*.browser.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 90_000,
          // A page waits for the API and for WebGL on SwiftShader: a second (the default) is too short on a
          // loaded machine, where a search answered after 1.5 s had failed a test that passes alone.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
