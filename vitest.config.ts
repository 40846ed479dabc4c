import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Limits against hangs, not speed checks: a busy two-core machine bundles and spawns slowly.
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // Every run starts with an empty validate cache of its own: the command line's tests run the cold
        // path, and never read or write the cache of the user running them.
        env: { ZELFSCAN_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'zelfscan-test-cache-')) },
        reporters: ['default', './test/helpers/summary-reporter.ts']
    }
});
