import type { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { issue, type IssueCode } from './issue-codes.js';
import type { SourceTextProblem } from './source-text.js';

/**
 * The files read from disk that are not usable text (another encoding, too large, not a regular file), by URI.
 * Such a file's document has an empty text, and its problem is its one diagnostic (ZelfscanDocumentValidator)
 * until the file reads well again. What the editor has open is checked as the editor's text instead.
 */
export class SourceTextProblems {
    private readonly problems = new Map<string, SourceTextProblem>();

    get(uri: URI): SourceTextProblem | undefined {
        return this.problems.get(uri.toString());
    }

    set(uri: URI, problem: SourceTextProblem | undefined): void {
        if (problem) {
            this.problems.set(uri.toString(), problem);
        } else {
            this.problems.delete(uri.toString());
        }
    }
}

/** The problem as the one diagnostic of its file, where `zelfscan validate` reports it (line and column 1-based there). */
export function problemDiagnostic(problem: SourceTextProblem): Diagnostic {
    const at = { line: problem.line - 1, character: problem.column - 1 };
    return {
        severity: 1,
        range: { start: at, end: at },
        message: problem.message,
        source: 'zelfscan',
        ...(problem.code ? issue(problem.code as IssueCode) : {})
    };
}
