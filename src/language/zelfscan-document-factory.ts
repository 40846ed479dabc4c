import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver';
import { exceedsByteLimit, LIMITS } from '../domain/limits.js';

/**
 * Does not parse a file beyond the size limit: it gets the syntax tree of an empty file, and the document
 * validator reports the limit instead of its contents (src/language/document-limits.ts). The command line and the
 * editor both create their documents here, so both refuse the same files.
 */
export class ZelfscanDocumentFactory extends DefaultLangiumDocumentFactory {

    /**
     * A document the builder is about to update can be gone by then: an untitled editor closed, a file deleted or
     * renamed. Its removal is already queued as the next update; until then it reads as empty instead of failing
     * the whole build, which left every document after it unchecked.
     */
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, token: CancellationToken): Promise<string> {
        if (textDocument) {
            return textDocument.getText();
        }
        if (document.uri.scheme !== 'file') {
            return '';
        }
        try {
            return await super.getUpdatedText(document, undefined, token);
        } catch (error) {
            if (isGone(error)) {
                return '';
            }
            throw error;
        }
    }

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

function isGone(error: unknown): boolean {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
