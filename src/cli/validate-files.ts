import { AstUtils, GrammarUtils, URI, type LangiumDocument } from 'langium';
import type { ScanName } from '../domain/scan-migration.js';
import { IssueCodes } from '../language/issue-codes.js';
import { scanNames } from '../language/scan-migration.js';
import { strandedRetirements } from '../language/stranded-scan-checks.js';
import * as path from 'node:path';
import { isModel, isRegionScan } from '../language/generated/ast.js';
import { findingsOf, problemFinding, type Finding } from './findings.js';
import { openWorkspace } from './load-workspace.js';
import { SourceTextProblem } from '../language/source-text.js';
import { readSourceText } from './source-text.js';
import { cacheFolder, hashText, programFingerprint, ValidationCache, type ScanUses } from './validation-cache.js';

export interface FileFindings {
    /** Absolute path. */
    readonly file: string;
    readonly findings: readonly Finding[];
}

export interface ValidateFilesOptions {
    /** Reuse and keep the findings of unchanged scans (see validation-cache.ts). */
    readonly cache: boolean;
}

/**
 * Scans are checked this many at a time and then dropped: a scan depends only on the models and exports
 * nothing, so its findings are final once its batch is built, and memory stays that of one batch however many
 * scans the workspace holds.
 */
const SCAN_BATCH = 200;

/**
 * The findings of every named file, in path order: the models are built first and kept, the scans follow in
 * batches (or come from the cache when they and the models they use are unchanged).
 */
export async function validateFiles(paths: readonly string[], contextFolder: string, options: ValidateFilesOptions,
    warn?: (line: string) => void): Promise<FileFindings[]> {
    const opened = await openWorkspace(paths, contextFolder, warn);
    const { DocumentBuilder, LangiumDocuments, LangiumDocumentFactory, IndexManager } = opened.services.shared.workspace;
    const models = [...opened.targetModels.values(), ...opened.contextModels];
    await DocumentBuilder.build(models, { validation: true });

    const results = new Map<string, readonly Finding[]>();
    for (const [file, document] of opened.targetModels) {
        results.set(file, findingsOf(document));
    }
    for (const problem of opened.problems) {
        results.set(problem.file, [problemFinding(problem)]);
    }
    // Only valid UTF-8 is loaded (source-text.ts), so the decoded text stands for the file.
    const modelTextHashes = new Map(models.map(document => [document.uri.fsPath, hashText(document.textDocument.getText())] as const));
    const cache = options.cache ? await openCache(contextFolder, IndexManager.allElements('Model').map(d => `${d.name}\t${d.documentUri}`).toArray()) : undefined;
    const resolvedModels = opened.services.shared.models.ResolvedModels;
    const scansByVersion = new Map<string, Array<Array<ScanName<undefined>>>>();
    const addUses = (uses: ScanUses) => scansByVersion.set(uses.version, [
        ...scansByVersion.get(uses.version) ?? [],
        uses.names.map(name => ({ ...name, at: undefined }) as ScanName<undefined>)
    ]);

    for (let start = 0; start < opened.scanFiles.length; start += SCAN_BATCH) {
        const batch = opened.scanFiles.slice(start, start + SCAN_BATCH);
        const built: Array<{ file: string; textHash: string; document: LangiumDocument }> = [];
        await Promise.all(batch.map(async file => {
            const relative = path.relative(process.cwd(), file);
            const source = await readSourceText(file, relative).catch((error: unknown) => {
                if (error instanceof SourceTextProblem) {
                    return error;
                }
                throw error;
            });
            if (source instanceof SourceTextProblem) {
                results.set(file, [problemFinding(source)]);
                return;
            }
            const textHash = cache ? hashText(source.text) : '';
            const cached = cache?.lookup(file, textHash, model => modelTextHashes.get(model));
            if (cached) {
                results.set(file, cached.findings.map(finding => ({ file: relative, ...finding })));
                if (cached.uses) {
                    addUses(cached.uses);
                }
                return;
            }
            const document = LangiumDocumentFactory.fromString(source.text, URI.file(file));
            LangiumDocuments.addDocument(document);
            built.push({ file, textHash, document });
        }));
        if (built.length === 0) {
            continue;
        }
        await DocumentBuilder.build(built.map(b => b.document), { validation: true });
        for (const { file, textHash, document } of built) {
            const findings = findingsOf(document);
            results.set(file, findings);
            const uses = usesOf(document);
            if (uses) {
                addUses(uses);
            }
            if (cache) {
                const root = document.parseResult.value;
                const chain = (isRegionScan(root) ? resolvedModels.ofScan(root)?.chain ?? [] : [])
                    .map(model => AstUtils.getDocument(model).uri.fsPath);
                const chainHashes = chain.map(model => modelTextHashes.get(model));
                if (chainHashes.every(hash => hash !== undefined)) {
                    cache.store(file, textHash, chain, chainHashes, findings.map(({ file: _, ...finding }) => finding), uses);
                }
            }
        }
        await DocumentBuilder.update([], built.map(b => b.document.uri));
    }
    await cache?.save();
    // The models were checked before any scan was read: what their retirements do to the scans comes now.
    for (const [file, document] of opened.targetModels) {
        const root = document.parseResult.value;
        const stranded = isModel(root) ? strandedRetirements(root, scansByVersion, resolvedModels) : [];
        if (stranded.length > 0) {
            const relative = path.relative(process.cwd(), file);
            const extra: Finding[] = stranded.map(({ retirement, message }) => {
                const start = (GrammarUtils.findNodeForProperty(retirement.$cstNode, 'target') ?? retirement.$cstNode)!.range.start;
                return { file: relative, line: start.line + 1, column: start.character + 1, severity: 'info', code: IssueCodes.ScansStranded, message };
            });
            results.set(file, [...results.get(file) ?? [], ...extra].sort((a, b) => a.line - b.line || a.column - b.column));
        }
    }
    return opened.targetFiles.map(file => ({ file, findings: results.get(file) ?? [] }));
}

/** The version a scan names and the names it uses, without their places. */
function usesOf(document: LangiumDocument): ScanUses | undefined {
    const root = document.parseResult.value;
    if (!isRegionScan(root) || root.model?.$refText === undefined) {
        return undefined;
    }
    return {
        version: root.model.$refText,
        names: scanNames(root).map(({ at: _, ...name }) => name)
    };
}

/** The cache of this workspace, for this program and these model versions; none when the program is unknown. */
async function openCache(contextFolder: string, modelVersions: readonly string[]): Promise<ValidationCache | undefined> {
    const program = programFingerprint(process.version, typeof __filename === 'string' ? __filename : undefined);
    if (!program) {
        return undefined;
    }
    return ValidationCache.open(cacheFolder(), contextFolder, hashText([program, ...modelVersions].join('\n')));
}
