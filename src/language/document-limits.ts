import type { Diagnostic } from 'vscode-languageserver-types';
import { exceedsByteLimit, LIMITS, utf8Length } from '../domain/limits.js';
import { issue, IssueCodes } from './issue-codes.js';

/**
 * The file-size and diagnostics limits of src/domain/limits.ts as diagnostics, for the command line and the editor
 * alike (both validate through ZelfscanDocumentValidator).
 */

/** The one diagnostic of a file beyond the size limit, at its start; undefined for a file within it. */
export function fileTooLargeDiagnostic(text: string): Diagnostic | undefined {
    if (!exceedsByteLimit(text, LIMITS.maxFileBytes)) {
        return undefined;
    }
    const at = { line: 0, character: 0 };
    const bytes = utf8Length(text);
    return {
        severity: 1,
        range: { start: at, end: at },
        message: fileTooLargeMessage(bytes),
        source: 'zelfscan',
        ...issue(IssueCodes.FileTooLarge, { bytes, limit: LIMITS.maxFileBytes })
    };
}

/** What is said of a file of `bytes` beyond the size limit: here, and where the command line does not read it. */
export function fileTooLargeMessage(bytes: number): string {
    const size = (n: number) => `${megabytes(n)} MB (${groupDigits(n)} bytes)`;
    return `Dit bestand is ${size(bytes)}; de grens is ${size(LIMITS.maxFileBytes)}. Het wordt niet gelezen of gecontroleerd. `
        + 'Splits het in kleinere bestanden: één model of één regioscan per bestand.';
}

/**
 * At most `maxDiagnosticsPerFile` diagnostics: beyond it the most severe and earliest are kept, and the last one
 * counts what was left out, at the place of the first of those.
 */
export function limitDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    const max = LIMITS.maxDiagnosticsPerFile;
    if (diagnostics.length <= max) {
        return diagnostics;
    }
    const ordered = [...diagnostics].sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1) || comparePlace(a, b));
    const kept = ordered.slice(0, max - 1);
    const left = ordered.slice(max - 1);
    const first = left.reduce((a, b) => comparePlace(a, b) <= 0 ? a : b);
    return [...kept, {
        // A reduce, not Math.min(...): a garbage file has a hundred thousand diagnostics, too many for arguments.
        severity: left.reduce<number>((most, d) => Math.min(most, d.severity ?? 1), 4) as Diagnostic['severity'],
        range: { start: first.range.start, end: first.range.start },
        message: `… en ${groupDigits(left.length)} meldingen meer in dit bestand (er worden er hoogstens ${max} getoond). Herstel eerst de getoonde; de rest volgt dan.`,
        source: 'zelfscan',
        ...issue(IssueCodes.DiagnosticsTruncated, { more: left.length })
    }];
}

function megabytes(bytes: number): string {
    return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
}

function comparePlace(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** 10000000 as 10.000.000, as Dutch text writes large numbers. */
export function groupDigits(value: number): string {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
