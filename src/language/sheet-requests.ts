import { AstUtils, DocumentState, URI, type LangiumDocument } from 'langium';
import { existsSync } from 'node:fs';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { importSpreadsheet } from '../app/import-spreadsheet.js';
import { SheetReadError } from '../app/sheet-reader.js';
import { scoreSheetBytes } from '../app/sheet-writer.js';
import { modelKeyLabel } from '../domain/model-key.js';
import { isSheetError, sheetProblemSeverity } from '../domain/sheet-problems.js';
import { importModel } from '../domain/sheet-rows.js';
import { describeMapping, importTextsFor } from '../report/sheet-mapping-texts.js';
import { formatSheetProblem, sheetProblemText } from '../report/sheet-problem-texts.js';
import { isModel } from './generated/ast.js';
import { scanOfDocument } from './report-inputs.js';
import type { SkippedScan } from './report-protocol.js';
import { scanTextValidation } from './scan-text-validation.js';
import { scoreTableEntries } from './score-table-inputs.js';
import {
    EXPORT_REQUEST, ExportParamsSchema, IMPORT_REQUEST, ImportParamsSchema, type ExportResult, type ImportResult
} from './sheet-protocol.js';
import type { ZelfscanLanguageServices } from './zelfscan-module.js';
import { compareText } from '../domain/compare-text.js';

/**
 * The editor's "Importeer uit spreadsheet" and "Exporteer naar spreadsheet": the same import and export as the
 * command line, against the models and scans the server holds. The server reads the spreadsheet and
 * returns text or bytes; the extension asks the user where and writes the file.
 */
export function registerSheetRequests(connection: Connection, services: ZelfscanLanguageServices): void {
    const { WorkspaceManager, WorkspaceLock, LangiumDocuments } = services.shared.workspace;

    connection.onRequest(IMPORT_REQUEST, async (raw: unknown): Promise<ImportResult | ResponseError> => {
        const parsed = ImportParamsSchema.safeParse(raw);
        if (!parsed.success) {
            return new ResponseError(ErrorCodes.InvalidParams, `Ongeldige aanvraag ${IMPORT_REQUEST}: ${parsed.error.message}`);
        }
        const params = parsed.data;
        await WorkspaceManager.ready;
        // A normal read: it waits for the builds before it (the workspace's first build among them) and no edit is
        // built while it runs, so the scan text, a document for a moment, is linked against a settled workspace.
        // (A write would cancel the build under way.)
        return WorkspaceLock.read(() => importUnderLock(params));
    });

    async function importUnderLock(params: ReturnType<typeof ImportParamsSchema.parse>): Promise<ImportResult> {
        const modelDocument = LangiumDocuments.all.find(document => {
            const root = document.parseResult.value;
            return isModel(root) && root.name === params.model.name && root.version === params.model.version;
        });
        const root = modelDocument?.parseResult.value;
        if (!modelDocument || !isModel(root)) {
            return { ok: false, message: `Het model ${params.model.name} versie ${params.model.version} is niet gevonden in de werkruimte.`, problems: [], mapping: [] };
        }
        const resolution = services.shared.models.ResolvedModels.of(root);
        let modelErrors = false;
        for (const version of resolution.chain) {
            modelErrors ||= await hasErrors(AstUtils.getDocument(version), services);
        }
        if (modelErrors) {
            return { ok: false, message: `${modelKeyLabel(resolution.resolved.key)} bevat fouten; los die eerst op (zie het venster Problemen).`, problems: [], mapping: [] };
        }
        const source = params.file.split(/[\\/]/).pop() ?? params.file;
        const target = URI.file(params.target);
        if (LangiumDocuments.hasDocument(target) || existsSync(params.target)) {
            return { ok: false, message: `'${params.target}' bestaat al en wordt niet overschreven. Kies een andere regionaam.`, problems: [], mapping: [] };
        }
        try {
            const result = await importSpreadsheet({
                file: params.file, sheet: params.sheet, model: importModel(resolution.resolved), region: params.region,
                focus: params.focus, explicit: params.columns, namesVisible: params.namesVisible,
                validate: scanTextValidation(services, target)
            });
            // The text was a document for a moment and the server published its findings; the file does not exist yet.
            void connection.sendDiagnostics({ uri: target.toString(), diagnostics: [] });
            const shown = result.sheetName === undefined ? source : `${source} [${result.sheetName}]`;
            const { language } = params;
            const problems = result.problems.map(problem => ({
                severity: sheetProblemSeverity(problem), line: formatSheetProblem(shown, problem, language), message: sheetProblemText(problem, language)
            }));
            const mapping = describeMapping(result.plan.mapping, language);
            if (!result.ok) {
                const message = importTextsFor(language).nothingWritten(result.problems.filter(isSheetError).length, shown);
                return { ok: false, message: message.charAt(0).toUpperCase() + message.slice(1), problems, mapping };
            }
            return { ok: true, text: result.plan.text, problems, mapping };
        } catch (error) {
            if (error instanceof SheetReadError) {
                return { ok: false, message: error.message, problems: [], mapping: [], sheets: error.sheets ? [...error.sheets] : undefined };
            }
            throw error;
        }
    }

    connection.onRequest(EXPORT_REQUEST, async (raw: unknown): Promise<ExportResult | ResponseError> => {
        const parsed = ExportParamsSchema.safeParse(raw);
        if (!parsed.success) {
            return new ResponseError(ErrorCodes.InvalidParams, `Ongeldige aanvraag ${EXPORT_REQUEST}: ${parsed.error.message}`);
        }
        await WorkspaceManager.ready;
        return WorkspaceLock.read(async (): Promise<ExportResult> => {
            const scans = LangiumDocuments.all
                // A file deleted a moment ago may still be a document until the editor's file watcher reports it.
                .filter(document => document.uri.scheme === 'file' && existsSync(document.uri.fsPath) && scanOfDocument(document) !== undefined)
                .toArray()
                .sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
            const skipped: SkippedScan[] = [];
            const usable: LangiumDocument[] = [];
            for (const document of scans) {
                const reason = document.state < DocumentState.Linked ? 'De regioscan wordt nog verwerkt; probeer het zo opnieuw.'
                    : await hasErrors(document, services) ? 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).' : undefined;
                if (reason) {
                    skipped.push({ uri: document.uri.toString(), message: reason });
                } else {
                    usable.push(document);
                }
            }
            const entries = scoreTableEntries(usable, services);
            if (entries.length === 0) {
                return { ok: false, message: 'Er is geen regioscan zonder fouten in de werkruimte om te exporteren.', skipped };
            }
            const bytes = await scoreSheetBytes(entries, parsed.data);
            return { ok: true, content: bytes.toString('base64'), scans: usable.map(d => d.uri.toString()), skipped };
        });
    });
}

/** Whether a document has errors; one that its last build did not validate is validated here, without changing its state. */
async function hasErrors(document: LangiumDocument, services: ZelfscanLanguageServices): Promise<boolean> {
    const parse = document.parseResult;
    if (parse.lexerErrors.length > 0 || parse.parserErrors.length > 0) {
        return true;
    }
    const diagnostics = document.state >= DocumentState.Validated && document.diagnostics
        ? document.diagnostics
        : await services.shared.ServiceRegistry.getServices(document.uri).validation.DocumentValidator.validateDocument(document);
    return diagnostics.some(diagnostic => diagnostic.severity === 1);
}
