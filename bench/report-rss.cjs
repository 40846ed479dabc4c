// Preloaded with `node --require` when /usr/bin/time is missing: writes the process's peak RSS (KiB) and its user
// and system CPU seconds to the file named in BENCH_RSS_FILE when it exits (the same fields as `time -f '%M %U %S'`).
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
    if (process.env.BENCH_RSS_FILE) {
        const usage = process.resourceUsage();
        writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
    }
});
