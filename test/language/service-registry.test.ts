import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';

/**
 * An untitled document has no file extension: while it is open the editor's language id tells its language,
 * and after it is closed a build queued before the close must still find its services (the differential test
 * once saw the server stop on "no services for the extension ''").
 */
describe('the service registry', () => {
    it('keeps finding the language of an untitled document after the editor closed it', () => {
        const { shared, regioscan } = createZelfscanServices(EmptyFileSystem);
        const uri = URI.parse('untitled:Untitled-1');
        expect(() => shared.ServiceRegistry.getServices(uri)).toThrow("The service registry contains no services for the extension ''.");
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'regioscan', 1, ''));
        expect(shared.ServiceRegistry.getServices(uri)).toBe(regioscan);
        shared.workspace.TextDocuments!.delete(uri);
        expect(shared.ServiceRegistry.getServices(uri)).toBe(regioscan);
    });

    it('still finds a file\'s language by its extension, and no language for an unknown one', () => {
        const { shared, zelfscan } = createZelfscanServices(EmptyFileSystem);
        expect(shared.ServiceRegistry.getServices(URI.file('/w/model.zelfscan'))).toBe(zelfscan);
        expect(shared.ServiceRegistry.hasServices(URI.file('/w/notities.txt'))).toBe(false);
    });
});
