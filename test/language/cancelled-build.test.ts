import { Cancellation, DocumentState, EmptyFileSystem, isOperationCancelled, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import { GOOD_MODEL, GOOD_SCAN } from './fixture-texts.js';

describe('a build cancelled just after a document was validated', () => {
    it('still tells every listener of that document, and what waits for its state is answered', async () => {
        const services = createZelfscanServices(EmptyFileSystem);
        const { DocumentBuilder, LangiumDocumentFactory, LangiumDocuments } = services.shared.workspace;
        const model = LangiumDocumentFactory.fromString(GOOD_MODEL, URI.file('/werkruimte/m.zelfscan'));
        const scan = LangiumDocumentFactory.fromString(GOOD_SCAN, URI.file('/werkruimte/s.regioscan'));
        [model, scan].forEach(document => LangiumDocuments.addDocument(document));
        const edit = new Cancellation.CancellationTokenSource();
        // As an edit of another file that arrives while the model is being validated: its build is cancelled.
        DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => edit.cancel());
        // As the language server's listener that publishes the diagnostics, registered after it.
        const published: string[] = [];
        DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            published.push(document.uri.path);
        });
        const waiting = DocumentBuilder.waitUntil(DocumentState.Validated, model.uri);

        const outcome = await DocumentBuilder.build([model, scan], { validation: true }, edit.token).then(() => 'built', (error: unknown) => error);

        expect(isOperationCancelled(outcome)).toBe(true);
        expect(model.state).toBe(DocumentState.Validated);
        expect(published).toEqual(['/werkruimte/m.zelfscan']);
        await expect(waiting).resolves.toEqual(model.uri);
        expect(scan.state).toBeLessThan(DocumentState.Validated);
    });
});
