import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createZelfscanServices, type ZelfscanLanguageServices } from '../language/zelfscan-module.js';
import { collectSourceFiles, MODEL_EXTENSION } from './workspace-files.js';

export interface LoadedWorkspace {
    readonly services: ZelfscanLanguageServices;
    /** The documents the user asked about, in path order. */
    readonly targets: readonly LangiumDocument[];
    /** Every document loaded, including model files pulled in as context. */
    readonly all: readonly LangiumDocument[];
}

/**
 * Loads and validates the given files and folders, plus every model file under `contextFolder`, so that a scan
 * named on its own still finds the model version it refers to.
 */
export async function loadWorkspace(paths: readonly string[], contextFolder?: string): Promise<LoadedWorkspace> {
    const services = createZelfscanServices(NodeFileSystem);
    const targetFiles = await collectSourceFiles(paths);
    const contextFiles = contextFolder
        ? (await collectSourceFiles([contextFolder]).catch(() => [])).filter(f => f.endsWith(MODEL_EXTENSION))
        : [];
    const documents = services.shared.workspace.LangiumDocuments;
    const load = (file: string) => documents.getOrCreateDocument(URI.file(file));
    const targets = await Promise.all(targetFiles.map(load));
    const targetSet = new Set(targetFiles);
    const context = await Promise.all(contextFiles.filter(f => !targetSet.has(f)).map(load));
    const all = [...targets, ...context];
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { services, targets, all };
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
