// Preloaded with `node --require` when /usr/bin/time is missing: writes the process's peak RSS (KiB) to the file
// named in BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
    if (process.env.BENCH_RSS_FILE) {
        writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
    }
});
