import type { LangiumDocument } from 'langium';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SourceTextProblem } from '../language/source-text.js';

/** One diagnostic as the command line prints it: `bestand:regel:kolom ernst melding [code]`. */
export interface Finding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly severity: 'fout' | 'waarschuwing' | 'info' | 'hint';
    readonly code?: string;
    readonly message: string;
}

const SEVERITIES = ['fout', 'waarschuwing', 'info', 'hint'] as const;

/** The findings of a document, in position order, with the file relative to the current folder. */
export function findingsOf(document: LangiumDocument): Finding[] {
    const file = path.relative(process.cwd(), document.uri.fsPath);
    return diagnosticsOf(document).map(diagnostic => toFinding(file, diagnostic));
}

export function formatFinding(finding: Finding): string {
    return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message}${finding.code ? ` [${finding.code}]` : ''}`;
}

function toFinding(file: string, diagnostic: Diagnostic): Finding {
    const code = (diagnostic.data as { code?: string } | undefined)?.code ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1],
        code,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A file that is not usable text, as a finding at the place of the problem. */
export function problemFinding(problem: SourceTextProblem): Finding {
    return {
        file: path.relative(process.cwd(), problem.file), line: problem.line, column: problem.column, severity: 'fout', code: problem.code, message: problem.message
    };
}
