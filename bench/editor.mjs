// The editor case, in-process through the language services as the language server uses them: load and validate
// a workspace, then change one scan and the model as an open editor buffer would, and time each edit until
// diagnostics are there. Also checks that the JSON written next to the scans equals what the tool reads from them.
// Usage: node bench/editor.mjs <language.cjs> <workspace folder> <repeats>; prints one JSON object.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

const [bundle, folder, repeatText] = process.argv.slice(2);
const repeats = Number(repeatText);
const { createZelfscanServices, buildScanData, DocumentState, URI, NodeFileSystem, TextDocument } =
    createRequire(import.meta.url)(path.resolve(bundle));

const services = createZelfscanServices(NodeFileSystem);
const { LangiumDocuments, DocumentBuilder, TextDocuments } = services.shared.workspace;

const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && /\.(zelfscan|regioscan)$/.test(e.name))
    .map(e => path.resolve(e.parentPath, e.name))
    .sort();
// Where the initial build spends its time: reading + parsing happen when a document is created, then one
// builder phase after the other over all documents.
const PHASES = [['IndexedContent', 'exports'], ['ComputedScopes', 'local symbols'], ['Linked', 'linking'],
    ['IndexedReferences', 'indexing references'], ['Validated', 'validation']];
const start = performance.now();
const documents = await Promise.all(files.map(f => LangiumDocuments.getOrCreateDocument(URI.file(f))));
const phases = { 'read + parse': performance.now() - start };
let phaseStart = performance.now();
const phaseListeners = PHASES.map(([state, label]) => DocumentBuilder.onBuildPhase(DocumentState[state], () => {
    phases[label] = performance.now() - phaseStart;
    phaseStart = performance.now();
}));
await DocumentBuilder.build(documents, { validation: true });
const initialBuildMs = performance.now() - start;
phaseListeners.forEach(listener => listener.dispose());
failOnErrors('after the initial build');

// The JSON files must hold exactly what the tool reads from the scan files, else the yardstick compares other data.
let jsonChecked = 0;
for (const document of documents.filter(d => d.uri.path.endsWith('.regioscan'))) {
    const jsonFile = path.join(folder, 'json', path.basename(document.uri.fsPath).replace(/\.regioscan$/, '.json'));
    const expected = JSON.parse(readFileSync(jsonFile, 'utf8'));
    const actual = JSON.parse(JSON.stringify(buildScanData(document.parseResult.value)));
    if (!isDeepStrictEqual(actual, expected)) {
        fail(`${jsonFile} differs from what the tool reads from ${document.uri.fsPath}`);
    }
    jsonChecked++;
}

const scanUri = documents.find(d => d.uri.path.endsWith('.regioscan')).uri;
const modelUri = documents.find(d => d.uri.path.endsWith('.zelfscan')).uri;

// A keystroke in a scan: the first score changes value.
const scanEdit = await timeEdits(scanUri, 'regioscan', text =>
    text.replace(/^(\s+Ontwerper )(\d|\?)/m, (_, lead, value) => `${lead}${value === '?' ? 1 : (Number(value) % 5) + 1}`));
// A keystroke in the model: the title changes; every scan of that model version depends on it.
const modelEdit = await timeEdits(modelUri, 'zelfscan', (text, i) =>
    text.replace(/^(\s+titel "[^"]*?)( \(concept \d+\))?"/m, (_, lead) => `${lead} (concept ${i + 1})"`));

process.stdout.write(JSON.stringify({
    documents: documents.length, initialBuildMs, phases, jsonChecked,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    scanEdit, modelEdit
}) + '\n');

/**
 * Applies `repeats` edits to one document as an open editor buffer (TextDocuments, then DocumentBuilder.update,
 * as Langium's document update handler does) and times each until the edited document is validated and until
 * the whole update is done.
 */
async function timeEdits(uri, languageId, edit) {
    let current = readFileSync(uri.fsPath, 'utf8');
    const samples = [];
    for (let i = 0; i < repeats; i++) {
        const text = edit(current, i);
        if (text === current) {
            fail(`edit ${i} of ${uri.fsPath} changed nothing`);
        }
        let relinked = 0;
        let ownDiagnosticsMs;
        const t0 = performance.now();
        const onLinked = DocumentBuilder.onBuildPhase(DocumentState.Linked, built => { relinked += built.length; });
        const onValidated = DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) {
                ownDiagnosticsMs ??= performance.now() - t0;
            }
        });
        TextDocuments.set(TextDocument.create(uri.toString(), languageId, i + 1, text));
        await DocumentBuilder.update([uri], []);
        const allDoneMs = performance.now() - t0;
        onLinked.dispose();
        onValidated.dispose();
        const document = LangiumDocuments.getDocument(uri);
        if (document?.parseResult.value.$cstNode?.root.fullText !== text) {
            fail(`edit ${i} of ${uri.fsPath} did not reach the document`);
        }
        failOnErrors(`after edit ${i} of ${uri.fsPath}`);
        samples.push({ ownDiagnosticsMs, allDoneMs, relinked });
        current = text;
    }
    return samples;
}

function failOnErrors(when) {
    for (const document of LangiumDocuments.all) {
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        if (errors.length > 0) {
            fail(`${errors.length} error(s) in ${document.uri.fsPath} ${when}, first: ${errors[0].message}`);
        }
    }
}

function fail(message) {
    process.stderr.write(`editor bench: ${message}\n`);
    process.exit(1);
}
