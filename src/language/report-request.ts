import { DocumentState, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic } from 'vscode-languageserver';
import { asRefusal } from '../app/refusal.js';
import { reportFileName } from '../app/report-file-names.js';
import type { ReportKind } from '../app/report-kinds.js';
import { jobFor, planReports, type ReportJob } from '../app/report-plan.js';
import { modelSource, scanSource, type ScanSource } from '../app/report-sources.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import { isModel } from './generated/ast.js';
import {
    COMPARISON_REQUEST, ComparisonParamsSchema, MODELS_REQUEST, REPORT_REQUEST, ReportParamsSchema, type ComparisonResult,
    type ModelSummary, type ReportParams, type ReportResult, type SkippedScan
} from './report-protocol.js';
import { modelNodeOfDocument, regionReportInput, scanOfDocument } from './report-inputs.js';
import type { ZelfscanLanguageServices } from './zelfscan-module.js';
import { compareText } from '../domain/compare-text.js';

/**
 * The custom requests of the VS Code extension: a report of one file (for the preview and the generate
 * commands), the comparison of the workspace's scans, and the model versions of the workspace (for the "new
 * region scan" command). An adapter over the application layer (src/app): reports are planned, named and
 * built there, as for the command line, so the editor and the CLI write the same bytes under the same names.
 */
export function registerReportRequests(connection: Connection, services: ZelfscanLanguageServices): void {
    connection.onRequest(REPORT_REQUEST, async (raw: unknown, token: CancellationToken) => {
        const parsed = ReportParamsSchema.safeParse(raw);
        if (!parsed.success) {
            return new ResponseError(ErrorCodes.InvalidParams, `Ongeldige aanvraag ${REPORT_REQUEST}: ${parsed.error.message}`);
        }
        const params = parsed.data;
        const document = await currentDocument(services, URI.parse(params.uri), token);
        if (!document) {
            return failure('Het bestand is niet gevonden of is geen model (.zelfscan) of regioscan (.regioscan).');
        }
        try {
            const errors = await errorsOf(document, services);
            const job = await jobOf(document, services, params.kind, errors.length > 0 && !(params.preview && scanOfDocument(document)));
            if (typeof job === 'string') {
                return failure(job);
            }
            const report = job.build();
            const fileName = reportFileName(job.stem, params.format);
            const problems = errors.length > 0 ? problemLines(errors) : undefined;
            if (params.bodyOnly && params.format === 'html') {
                const { body, style } = report.body(params.language);
                return { ok: true, content: body, style, fileName, problems } satisfies ReportResult;
            }
            const content = report.content(params.format, params.language);
            return { ok: true, content, fileName, problems } satisfies ReportResult;
        } catch (error) {
            const refusal = asRefusal(error, params.language);
            if (refusal) {
                return failure(refusal.message);
            }
            throw error;
        }
    });

    connection.onRequest(COMPARISON_REQUEST, async (raw: unknown, token: CancellationToken) => {
        const parsed = ComparisonParamsSchema.safeParse(raw);
        if (!parsed.success) {
            return new ResponseError(ErrorCodes.InvalidParams, `Ongeldige aanvraag ${COMPARISON_REQUEST}: ${parsed.error.message}`);
        }
        const { format, language, anonymous, minimumGroupSize } = parsed.data;
        const { WorkspaceManager, WorkspaceLock } = services.shared.workspace;
        await WorkspaceManager.ready;
        // A normal read: it waits for the build of the edits sent before this request, so unsaved text counts.
        return WorkspaceLock.read(async (): Promise<ComparisonResult | ResponseError> => {
            const { entries, scans, skipped } = await comparableScans(services, token);
            if (token.isCancellationRequested) {
                return new ResponseError(LSPErrorCodes.RequestCancelled, 'Vergelijking afgebroken.');
            }
            if (entries.length === 0) {
                return { ok: false, message: 'Er is geen regioscan zonder fouten in de werkruimte om te vergelijken.', skipped };
            }
            try {
                const kind: ReportKind = anonymous ? 'vergelijking-anoniem' : 'vergelijking';
                const [job] = planReports({ scans: entries, models: [] }, { kinds: [kind], minimumGroupSize });
                const content = job.build().content(format, language);
                return { ok: true, content, fileName: reportFileName(job.stem, format), scans, skipped };
            } catch (error) {
                const refusal = asRefusal(error, language);
                if (refusal) {
                    return { ok: false, message: refusal.message, skipped };
                }
                throw error;
            }
        });
    });

    connection.onRequest(MODELS_REQUEST, async () => {
        const shared = services.shared;
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => shared.workspace.LangiumDocuments.all
            .filter(document => document.state >= DocumentState.Linked)
            .map(document => ({ document, root: document.parseResult.value }))
            .filter(({ root }) => isModel(root))
            .map(({ document }) => {
                const model = modelNodeOfDocument(document)!;
                return modelSummary(shared.models.ResolvedModels.of(model).resolved, document.uri.toString());
            })
            .toArray());
    });
}

/**
 * The report job a document stands for, or a Dutch message saying why there is none. Its name comes from
 * the plan over every scan (or model) of the workspace, as `zelfscan generate` over the workspace names it.
 */
async function jobOf(document: LangiumDocument, services: ZelfscanLanguageServices, kind: ReportParams['kind'], refuseErrors: boolean): Promise<ReportJob | string> {
    if (scanOfDocument(document)) {
        if (kind === 'wijzigingen') {
            return 'Wijzigingen zijn er alleen van een model (.zelfscan), niet van een regioscan.';
        }
        if (refuseErrors) {
            return 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).';
        }
        if (!regionReportInput(document, services)) {
            return 'De modelversie die de regioscan noemt, is niet gevonden in de werkruimte.';
        }
        if (kind === 'ontwikkeling') {
            return trendJobOf(document, services);
        }
        const scans = workspaceDocuments(services, document).map(d => scanSource(d, services)).filter(source => source !== undefined);
        return jobFor(planReports({ scans, models: [] }, { kinds: ['regio'] }), document.uri.fsPath)!;
    }
    if (modelNodeOfDocument(document)) {
        if (kind === 'ontwikkeling') {
            return 'De ontwikkeling over de rondes is er van een regioscan (.regioscan), niet van een model.';
        }
        if (refuseErrors) {
            return 'Het model bevat fouten; los die eerst op (zie het venster Problemen).';
        }
        const models = workspaceDocuments(services, document).map(d => modelSource(d, services)).filter(source => source !== undefined);
        const job = jobFor(planReports({ scans: [], models }, { kinds: ['wijzigingen'] }), document.uri.fsPath);
        return job ?? 'Het model kan niet worden gelezen.';
    }
    return 'Het bestand is geen model (.zelfscan) of regioscan (.regioscan).';
}

/**
 * The trend of the document's region, planned over the document and every other scan of the workspace without
 * errors whose model is found, as `zelfscan generate --ontwikkeling` over the workspace plans it.
 */
async function trendJobOf(document: LangiumDocument, services: ZelfscanLanguageServices): Promise<ReportJob | string> {
    const scans: ScanSource[] = [];
    for (const other of workspaceDocuments(services, document)) {
        const usable = scanOfDocument(other) !== undefined && (other === document
            || (other.state >= DocumentState.Linked && regionReportInput(other, services) !== undefined && !await hasErrors(other, services)));
        const source = usable ? scanSource(other, services) : undefined;
        if (source) {
            scans.push(source);
        }
    }
    const region = scanOfDocument(document)!.region ?? '';
    if (scans.filter(scan => scan.region === region).length < 2) {
        return `Van ${region || 'deze regio'} is in de werkruimte maar één ronde zonder fouten gescand; de ontwikkeling vraagt ten minste twee regioscans met dezelfde regionaam.`;
    }
    return jobFor(planReports({ scans, models: [] }, { kinds: ['ontwikkeling'] }), document.uri.fsPath)!;
}

/** The workspace's files on disk plus `document` (which may be an unsaved buffer), each once. */
function workspaceDocuments(services: ZelfscanLanguageServices, document: LangiumDocument): LangiumDocument[] {
    const files = services.shared.workspace.LangiumDocuments.all
        .filter(other => other.uri.scheme === 'file' && other !== document)
        .toArray();
    return [document, ...files];
}

interface ComparableScans {
    readonly entries: ScanSource[];
    /** URIs of the scans in `entries`, in the same order. */
    readonly scans: string[];
    readonly skipped: SkippedScan[];
}

/**
 * Every region scan file the server knows, in URI order, split into those a comparison can use and those it
 * must leave out. Untitled buffers (a new scan not saved yet) are not part of the workspace and are ignored.
 * Call inside a read of the workspace lock.
 */
async function comparableScans(services: ZelfscanLanguageServices, token: CancellationToken): Promise<ComparableScans> {
    const documents = services.shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.scheme === 'file' && scanOfDocument(document) !== undefined)
        .toArray()
        .sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
    const outcome: ComparableScans = { entries: [], scans: [], skipped: [] };
    for (const document of documents) {
        if (token.isCancellationRequested) {
            break;
        }
        const uri = document.uri.toString();
        const message = document.state < DocumentState.Linked ? 'De regioscan wordt nog verwerkt; probeer het zo opnieuw.'
            : await hasErrors(document, services) ? 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).'
            : regionReportInput(document, services) ? undefined
            : 'De modelversie die de regioscan noemt, is niet gevonden in de werkruimte.';
        const source = message === undefined ? scanSource(document, services) : undefined;
        if (source) {
            outcome.entries.push(source);
            outcome.scans.push(uri);
        } else {
            outcome.skipped.push({ uri, message: message! });
        }
    }
    return outcome;
}


/**
 * Whether a document has errors. A file whose last build did not validate it (one loaded from disk after the
 * workspace opened, say) is validated here, without changing its state.
 */
async function hasErrors(document: LangiumDocument, services: ZelfscanLanguageServices): Promise<boolean> {
    return (await errorsOf(document, services)).length > 0;
}

/** The error diagnostics of a document (syntax errors included), in the same way. */
async function errorsOf(document: LangiumDocument, services: ZelfscanLanguageServices): Promise<Diagnostic[]> {
    const diagnostics = document.state >= DocumentState.Validated && document.diagnostics
        ? document.diagnostics
        : await services.shared.ServiceRegistry.getServices(document.uri).validation.DocumentValidator.validateDocument(document);
    return diagnostics.filter(diagnostic => diagnostic.severity === 1);
}

/** How many errors the preview lists above the report; the Problems panel has them all. */
const PREVIEW_PROBLEM_LIMIT = 20;

function problemLines(errors: readonly Diagnostic[]): string[] {
    const lines = [...errors]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(error => `regel ${error.range.start.line + 1}: ${error.message}`);
    return lines.length <= PREVIEW_PROBLEM_LIMIT ? lines
        : [...lines.slice(0, PREVIEW_PROBLEM_LIMIT), `… en ${lines.length - PREVIEW_PROBLEM_LIMIT} fouten meer (zie het venster Problemen)`];
}

/**
 * The document as the client last sent it, linked. A normal read waits for the write that an
 * edit sent just before this request queued, so the preview never renders the text before the edit.
 */
async function currentDocument(services: ZelfscanLanguageServices, uri: URI, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const { WorkspaceManager, WorkspaceLock, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    if (!services.shared.ServiceRegistry.hasServices(uri)) {
        return undefined;
    }
    await WorkspaceManager.ready;
    if (!LangiumDocuments.hasDocument(uri)) {
        // A file outside the workspace folders: load it from disk and build it with the rest.
        try {
            await WorkspaceLock.write(cancel => DocumentBuilder.update([uri], [], cancel));
        } catch {
            return undefined;
        }
    }
    return WorkspaceLock.read(async () => {
        if (token.isCancellationRequested || !LangiumDocuments.hasDocument(uri)) {
            return undefined;
        }
        const document = LangiumDocuments.getDocument(uri)!;
        return document.state >= DocumentState.Linked ? document : undefined;
    });
}

function modelSummary(model: ResolvedModel, uri: string): ModelSummary {
    return {
        name: model.key.name,
        version: model.key.version,
        title: model.title,
        uri,
        roles: [...model.items.role.keys()],
        parties: [...model.items.party.values()].map(party => ({ name: party.name, label: party.label })),
        focuses: [...model.items.focus.values()].map(focus => ({
            name: focus.name, label: focus.label, requirements: focus.requirements.map(group => [...group])
        })),
        questions: [...model.items.question.values()].map(question => ({ name: question.name, text: question.text }))
    };
}

function failure(message: string): ReportResult {
    return { ok: false, message };
}
