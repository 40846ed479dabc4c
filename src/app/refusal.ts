import { ReportError } from '../domain/report-error.js';
import type { ReportLanguage } from '../domain/report-model.js';
import { refusalText } from '../report/refusal-texts.js';

/**
 * Why the application layer will not do what was asked, in a Dutch message that says how to fix it. The
 * reason tells the front end how to show it: the command line exits 1 for a problem in the input files
 * (errors, too few scans for an anonymised comparison, models that cannot be compared) and 2 for a problem
 * with how it was called or with the file system (an output folder among the sources, a folder it cannot write).
 */
export class Refusal extends Error {
    override readonly name = 'Refusal';

    constructor(readonly reason: 'invoer' | 'gebruik', message: string) {
        super(message);
    }
}

/**
 * The refusal an error stands for, worded in the language of the reports asked for: the domain's report errors
 * are about the input; anything else is not a refusal.
 */
export function asRefusal(error: unknown, language: ReportLanguage = 'nl'): Refusal | undefined {
    if (error instanceof Refusal) {
        return error;
    }
    return error instanceof ReportError ? new Refusal(error.refusalReason, refusalText(error.refusal, language)) : undefined;
}
