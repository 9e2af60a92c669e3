import { defineConfig } from 'vitest/config';

// vitest runs the Node tests only; tests/browser belongs to web-test-runner (real Chromium).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
