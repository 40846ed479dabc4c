import { NotARegularFile, readSourceFile, SourceTextProblem, type SourceText } from '../language/source-text.js';
import { systemReason, UsageError } from './workspace-files.js';

/**
 * Reads a model or scan file as src/language/source-text.ts does. Throws a SourceTextProblem for a file in another
 * encoding or over the size limit, and a UsageError (exit 2) for a file that cannot be opened or is not a regular file.
 */
export async function readSourceText(file: string, shown: string): Promise<SourceText> {
    try {
        return readSourceFile(file);
    } catch (error) {
        if (error instanceof SourceTextProblem) {
            throw error;
        }
        if (error instanceof NotARegularFile) {
            throw new UsageError(`'${shown}' is ${error.message}`);
        }
        throw new UsageError(`'${shown}' kan niet gelezen worden: ${systemReason(error as NodeJS.ErrnoException)}.`);
    }
}
