import { AstUtils, URI, type LangiumDocument } from 'langium';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { modelKeyText } from '../domain/model-key.js';
import { isModel, isRegionScan } from '../language/generated/ast.js';
import { keyOfModel } from '../language/model-definition-builder.js';
import type { ZelfscanLanguageServices } from '../language/zelfscan-module.js';
import { Refusal } from '../app/refusal.js';
import { createCommandLineServices } from './command-line-services.js';
import { formatFinding, problemFinding } from './findings.js';
import { SourceTextProblem } from '../language/source-text.js';
import { readSourceText } from './source-text.js';
import { collectSourceFiles, MODEL_EXTENSION, skippedWarnings, UsageError, type SkippedPath } from './workspace-files.js';

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
export async function loadWorkspace(paths: readonly string[], contextFolder?: string,
    warn?: (line: string) => void): Promise<LoadedWorkspace> {
    const opened = await openWorkspace(paths, contextFolder, warn);
    const loaded = await Promise.all(opened.scanFiles.map(file => loadSourceDocument(opened.services, file).catch(asProblem)));
    const problems = [...opened.problems, ...loaded.filter((result): result is SourceTextProblem => result instanceof SourceTextProblem)];
    if (problems.length > 0) {
        // A named file that is not usable text: nothing is made from a workspace that misses it.
        throw new Refusal('invoer', problems.map(problem => formatFinding(problemFinding(problem))).join('\n'));
    }
    const scans = new Map(opened.scanFiles.map((file, i) => [file, loaded[i] as LangiumDocument]));
    const targets = opened.targetFiles.map(file => scans.get(file) ?? opened.targetModels.get(file)!);
    const all = [...targets, ...opened.contextModels];
    await opened.services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { services: opened.services, targets, all };
}

export interface OpenedWorkspace {
    readonly services: ZelfscanLanguageServices;
    /** Every file the user named (directly or in a folder), in path order. */
    readonly targetFiles: readonly string[];
    /** The named model files, loaded (not yet built), by file path. */
    readonly targetModels: ReadonlyMap<string, LangiumDocument>;
    /** The model files of the context folder that are used besides the named ones, loaded (not yet built). */
    readonly contextModels: readonly LangiumDocument[];
    /** The named scan files, not loaded: scans depend only on models, so a caller may load them in any order. */
    readonly scanFiles: readonly string[];
    /** The named model files that are not usable text (another encoding, too large), not loaded. */
    readonly problems: readonly SourceTextProblem[];
}

/**
 * Decides which files make up the workspace and loads its model files: the named ones and, from the context
 * folder, one copy of every other model version.
 */
export async function openWorkspace(paths: readonly string[], contextFolder?: string,
    warn: (line: string) => void = line => process.stderr.write(line + '\n')): Promise<OpenedWorkspace> {
    const services = createCommandLineServices();
    const named = await collectSourceFiles(paths);
    const targetFiles = named.files;
    if (contextFolder && !(await fs.stat(contextFolder).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`De werkruimte '${contextFolder}' is geen bestaande map. Geef met --werkruimte de map met de .zelfscan-modellen.`);
    }
    // The model search: what it cannot read is skipped with a warning, never the end of the run. Of what it passes
    // by, only a folder it cannot read and a model file it cannot use are worth a word.
    const context = contextFolder ? await collectSourceFiles([contextFolder], { noteEmpty: false }) : { files: [], skipped: [] };
    const contextFiles = context.files.filter(f => f.endsWith(MODEL_EXTENSION));
    const skipped: SkippedPath[] = [...named.skipped, ...context.skipped.filter(entry =>
        entry.kind === 'unreadable-folder' || (entry.kind === 'not-a-file' && entry.path.endsWith(MODEL_EXTENSION)))];
    const documents = services.shared.workspace.LangiumDocuments;
    const modelFiles = targetFiles.filter(f => f.endsWith(MODEL_EXTENSION));
    const loadedTargets = await Promise.all(modelFiles.map(file => loadSourceDocument(services, file).catch(asProblem)));
    const problems = loadedTargets.filter((result): result is SourceTextProblem => result instanceof SourceTextProblem);
    const modelTargets = loadedTargets.filter((result): result is LangiumDocument => !(result instanceof SourceTextProblem));
    const targetModelFiles = modelFiles.filter((_, i) => !(loadedTargets[i] instanceof SourceTextProblem));
    const load = async (file: string) => loadSourceDocument(services, file).catch((error: unknown) => {
        if (error instanceof SourceTextProblem || error instanceof UsageError) {
            skipped.push({ path: file, kind: 'unusable', reason: error.message });
            return undefined;
        }
        throw error;
    });
    const targetSet = new Set(targetFiles);
    // A model version the user named wins over a copy elsewhere in the context folder (an example, an older
    // checkout): loading both would report the named file as a duplicate of a file the user did not ask about.
    const targetKeys = new Set(modelTargets.map(modelKeyOf).filter(key => key !== undefined));
    // Of several copies of one version in the context folder, the one nearest to the named files is used, so
    // that a scan next to its model never links to a same-named example elsewhere.
    const nearest = new Map<string, { document: LangiumDocument; closeness: number }>();
    const contextModels: LangiumDocument[] = [];
    for (const document of await Promise.all(contextFiles.filter(f => !targetSet.has(f)).map(load))) {
        if (!document) {
            continue;
        }
        const key = modelKeyOf(document);
        if (key === undefined) {
            contextModels.push(document);
            continue;
        }
        const closeness = Math.max(0, ...targetFiles.map(target => sharedFolders(target, document.uri.fsPath)));
        const best = nearest.get(key);
        if (targetKeys.has(key) || (best && best.closeness >= closeness)) {
            documents.deleteDocument(document.uri);
            continue;
        }
        if (best) {
            documents.deleteDocument(best.document.uri);
        }
        nearest.set(key, { document, closeness });
    }
    contextModels.push(...[...nearest.values()].map(entry => entry.document));
    const seen = new Set<string>();
    skippedWarnings(skipped.filter(entry => !seen.has(entry.path) && seen.add(entry.path))).forEach(warn);
    return {
        services,
        targetFiles,
        targetModels: new Map(targetModelFiles.map((file, i) => [file, modelTargets[i]])),
        contextModels,
        scanFiles: targetFiles.filter(f => !f.endsWith(MODEL_EXTENSION)),
        problems
    };
}

/** Reads a model or scan file (source-text.ts) and adds it to the workspace's documents. */
export async function loadSourceDocument(services: ZelfscanLanguageServices, file: string): Promise<LangiumDocument> {
    const source = await readSourceText(file, path.relative(process.cwd(), file) || file);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.file(file));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    return document;
}

function asProblem(error: unknown): SourceTextProblem {
    if (error instanceof SourceTextProblem) {
        return error;
    }
    throw error;
}

/** How many leading folders two file paths have in common. */
function sharedFolders(a: string, b: string): number {
    const partsA = path.dirname(a).split(path.sep);
    const partsB = path.dirname(b).split(path.sep);
    let shared = 0;
    while (shared < partsA.length && partsA[shared] === partsB[shared]) {
        shared++;
    }
    return shared;
}

function modelKeyOf(document: LangiumDocument): string | undefined {
    const root = document.parseResult.value;
    return isModel(root) && root.name && root.version ? modelKeyText(keyOfModel(root)) : undefined;
}

/**
 * The named documents plus the model files they build on (the model a scan names and the versions it extends):
 * the files whose errors matter for the named ones. Other models in the context folder do not.
 */
export function documentsInUse(workspace: LoadedWorkspace): LangiumDocument[] {
    const used = new Set<LangiumDocument>(workspace.targets);
    const models = workspace.services.shared.models.ResolvedModels;
    for (const document of workspace.targets) {
        const root = document.parseResult.value;
        const model = isRegionScan(root) ? root.model?.ref : isModel(root) ? root : undefined;
        for (const version of model ? models.of(model).chain : []) {
            used.add(AstUtils.getDocument(version));
        }
    }
    return workspace.all.filter(document => used.has(document));
}
