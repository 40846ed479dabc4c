import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Limits against hangs, not speed checks: a busy two-core machine bundles and spawns slowly.
        testTimeout: 60_000,
        hookTimeout: 120_000,
        reporters: ['default', './test/helpers/summary-reporter.ts']
    }
});
