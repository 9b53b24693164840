import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{dsl,cli,runtime,studio,test}/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/browser/globalSetup.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest.json' } : undefined,
  },
});
