import { z } from 'zod';
import { ReportLanguageSchema } from '../domain/report-model.js';
import { SkippedScanSchema } from './report-protocol.js';

/**
 * The spreadsheet requests between the VS Code extension and the language server, as plain data. They run the
 * same import and export as `zelfscan import` and `zelfscan export`; both sides validate what they receive.
 */

/** `zelfscan/importeer`: a spreadsheet becomes the text of a new scan, checked against the workspace's models. */
export const IMPORT_REQUEST = 'zelfscan/importeer';

export const ImportParamsSchema = z.object({
    /** The spreadsheet as a file-system path. */
    file: z.string().min(1),
    model: z.object({ name: z.string(), version: z.string() }),
    region: z.string().min(1),
    focus: z.string().optional(),
    /** The sheet of a workbook with several. */
    sheet: z.string().optional(),
    /** Where the scan will be written, as a file-system path: the text is validated under that name. */
    target: z.string().min(1),
    columns: z.array(z.object({ header: z.string(), target: z.string() })).default([]),
    /** Write `namen tonen`, as `zelfscan import --namen-tonen`. */
    namesVisible: z.boolean().default(false),
    /** The language of the problems and the mapping, as the setting zelfscan.taal gives it. */
    language: ReportLanguageSchema.default('nl')
});
export type ImportParams = z.input<typeof ImportParamsSchema>;

/** A problem of the sheet: the line as the command line prints it, and its message alone for a notification. */
const ImportProblemSchema = z.object({
    severity: z.enum(['fout', 'waarschuwing', 'info']),
    line: z.string(),
    message: z.string()
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportResultSchema = z.discriminatedUnion('ok', [
    z.object({
        ok: z.literal(true),
        text: z.string(),
        /** Warnings and notices. */
        problems: z.array(ImportProblemSchema),
        /** The mapping of the columns, as `--toon-koppeling` prints it. */
        mapping: z.array(z.string())
    }),
    z.object({
        ok: z.literal(false),
        /** A message saying why nothing was made and how to fix it (Dutch, or as `language` asked for the sheet's problems). */
        message: z.string(),
        problems: z.array(ImportProblemSchema),
        mapping: z.array(z.string()),
        /** Set when the workbook has several sheets with data and none was named. */
        sheets: z.array(z.string()).optional()
    })
]);
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** `zelfscan/exporteer`: the scores of the workspace's scans without errors as a CSV or xlsx file. */
export const EXPORT_REQUEST = 'zelfscan/exporteer';

export const ExportParamsSchema = z.object({
    format: z.enum(['csv', 'xlsx']),
    wide: z.boolean().default(false),
    /** The language of the headers, as the setting zelfscan.taal gives it. */
    language: ReportLanguageSchema.default('nl')
});
export type ExportParams = z.input<typeof ExportParamsSchema>;

export const ExportResultSchema = z.discriminatedUnion('ok', [
    z.object({
        ok: z.literal(true),
        /** The file's bytes, base64. */
        content: z.string(),
        scans: z.array(z.string()),
        skipped: z.array(SkippedScanSchema)
    }),
    z.object({ ok: z.literal(false), message: z.string(), skipped: z.array(SkippedScanSchema) })
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;
