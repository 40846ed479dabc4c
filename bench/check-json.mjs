// Keeps the yardstick honest: every JSON file next to the scans must hold exactly what the tool reads from the
// scan (buildScanData over the parsed and linked scan), else the yardstick would read other data.
// Usage: node bench/check-json.mjs <language.cjs> <workspace folder>; prints the number of files checked.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const [bundle, folder] = process.argv.slice(2);
const { createZelfscanServices, buildScanData, URI, NodeFileSystem } = createRequire(import.meta.url)(path.resolve(bundle));
const services = createZelfscanServices(NodeFileSystem);
const { LangiumDocuments, DocumentBuilder } = services.shared.workspace;
const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && /\.(zelfscan|regioscan)$/.test(e.name))
    .map(e => path.resolve(e.parentPath, e.name))
    .sort();
const documents = await Promise.all(files.map(f => LangiumDocuments.getOrCreateDocument(URI.file(f))));
await DocumentBuilder.build(documents, { validation: false });
let checked = 0;
for (const document of documents.filter(d => d.uri.path.endsWith('.regioscan'))) {
    const jsonFile = path.join(folder, 'json', path.basename(document.uri.fsPath).replace(/\.regioscan$/, '.json'));
    const expected = JSON.parse(readFileSync(jsonFile, 'utf8'));
    const actual = JSON.parse(JSON.stringify(buildScanData(document.parseResult.value)));
    if (!isDeepStrictEqual(actual, expected)) {
        process.stderr.write(`${jsonFile} differs from what the tool reads from ${document.uri.fsPath}\n`);
        process.exit(1);
    }
    checked++;
}
process.stdout.write(`${checked}\n`);
