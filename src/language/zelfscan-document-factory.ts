import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { exceedsByteLimit, LIMITS } from '../domain/limits.js';

/**
 * Does not parse a file beyond the size limit: it gets the syntax tree of an empty file, and the document
 * validator reports the limit instead of its contents (src/language/document-limits.ts). The command line and the
 * editor both create their documents here, so both refuse the same files.
 */
export class ZelfscanDocumentFactory extends DefaultLangiumDocumentFactory {

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse<T>(uri, withinLimit(text), options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return super.parseAsync<T>(uri, withinLimit(text), cancellationToken);
    }
}

function withinLimit(text: string): string {
    return exceedsByteLimit(text, LIMITS.maxFileBytes) ? '' : text;
}
