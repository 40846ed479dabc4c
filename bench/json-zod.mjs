// The yardstick: read every scan as JSON, parse it and check it with the same zod schema the tool uses.
// Usage: node bench/json-zod.mjs <schema.cjs> <json folder>; prints the number of valid files.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const [schemaBundle, folder] = process.argv.slice(2);
const { ScanDataSchema } = createRequire(import.meta.url)(path.resolve(schemaBundle));
let valid = 0;
for (const name of readdirSync(folder).filter(n => n.endsWith('.json')).sort()) {
    const result = ScanDataSchema.safeParse(JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
    if (!result.success) {
        process.stderr.write(`${name}: ${result.error.message}\n`);
        process.exitCode = 1;
    } else {
        valid++;
    }
}
process.stdout.write(`${valid}\n`);
