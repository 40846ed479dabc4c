import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createZelfscanServices, type ZelfscanLanguageServices } from '../../src/language/zelfscan-module.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');

export interface TestWorkspace {
    readonly services: ZelfscanLanguageServices;
    readonly documents: ReadonlyMap<string, LangiumDocument>;
    /** The document of a file by its name as given. */
    doc(name: string): LangiumDocument;
    /** Diagnostics of a file, sorted by position. */
    diagnostics(name: string): Diagnostic[];
}

/**
 * Builds an in-memory workspace from file name → text (names end in .zelfscan or .regioscan), links and
 * validates it, just as the language server does.
 */
export async function createTestWorkspace(files: Record<string, string>): Promise<TestWorkspace> {
    const services = createZelfscanServices(EmptyFileSystem);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString(text, URI.file(`/werkruimte/${name}`));
        langiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return wrap(services, documents);
}

/** Loads every model and scan file under a folder of the repository from disk. */
export async function loadFolder(folder: string): Promise<TestWorkspace> {
    const services = createZelfscanServices(NodeFileSystem);
    const documents = new Map<string, LangiumDocument>();
    for (const file of listSourceFiles(folder)) {
        const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        documents.set(path.relative(folder, file), document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return wrap(services, documents);
}

export function listSourceFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && /\.(zelfscan|regioscan)$/.test(entry.name))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

function wrap(services: ZelfscanLanguageServices, documents: Map<string, LangiumDocument>): TestWorkspace {
    const doc = (name: string) => {
        const document = documents.get(name);
        if (!document) {
            throw new Error(`No document '${name}' in the test workspace (have: ${[...documents.keys()].join(', ')})`);
        }
        return document;
    };
    return {
        services,
        documents,
        doc,
        diagnostics: name => [...(doc(name).diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    };
}

/** A diagnostic reduced to what tests compare: severity word, message, code and 1-based line:column range. */
export function summarize(diagnostic: Diagnostic): { severity: string; message: string; code?: string; range: string } {
    const severity = ['error', 'warning', 'info', 'hint'][(diagnostic.severity ?? 1) - 1];
    const code = (diagnostic.data as { code?: string } | undefined)?.code;
    const { start, end } = diagnostic.range;
    return {
        severity,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(code ? { code } : {}),
        range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`
    };
}
