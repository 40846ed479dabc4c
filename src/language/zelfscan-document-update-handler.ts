import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

/**
 * What closing an editor means for the workspace. Langium keeps a closed document as it was in the editor; then
 * text the user threw away ("Don't save") stays in the index and an untitled document that was saved under a
 * name lingers with its errors (issue 13: "Hier wordt 'regioscan' verwacht" on an empty untitled scan). So:
 * a closed file counts again as it is on disk, and a closed document that is no file on disk (untitled, or
 * renamed or deleted while open) leaves the workspace and its diagnostics are cleared.
 */
export class ZelfscanDocumentUpdateHandler extends DefaultDocumentUpdateHandler {

    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // Checked at once, not awaited: the update must keep its place among the editor's later notifications.
        if (uri.scheme === 'file' && this.fileSystem.existsSync(uri)) {
            this.fireDocumentUpdate([uri], []);
        } else {
            this.fireDocumentUpdate([], [uri]);
        }
    }
}
