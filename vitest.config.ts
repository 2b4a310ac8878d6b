import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: './vite.config.ts',
        test: {
          name: 'app',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup.ts'],
          restoreMocks: true,
          // Long user-event flows in jsdom take a few seconds on two busy cores; the
          // default 5 s limit made them fail for time, not for behaviour.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['demo-api/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
        },
      },
    ],
  },
});
