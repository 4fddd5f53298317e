import { defineConfig } from 'vitest/config';

// `npm run eval:seeds`: the seed articles through the engine, then as pages in real Chromium.
export default defineConfig({
  test: {
    include: ['tests/seeds/**/*.test.ts', 'tests/seeds/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 60000,
  },
});
