import { EmptyFileSystem, URI, type ValidationAcceptor } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegionScan } from '../../src/language/generated/ast.js';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import { GOOD_MODEL, GOOD_SCAN } from './fixture-texts.js';

afterEach(() => {
    vi.restoreAllMocks();
});

/** The good scan's diagnostics with one extra check on RegionScan, built as the command line builds (no cancellation token). */
async function diagnosticsWith(check: (scan: RegionScan, accept: ValidationAcceptor) => void | Promise<void>): Promise<string[]> {
    const services = createZelfscanServices(EmptyFileSystem);
    services.regioscan.validation.ValidationRegistry.register({ RegionScan: check });
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const model = factory.fromString(GOOD_MODEL, URI.file('/w/regieneming-1.0.zelfscan'));
    const scan = factory.fromString(GOOD_SCAN, URI.file('/w/regio-noord.regioscan'));
    services.shared.workspace.LangiumDocuments.addDocument(model);
    services.shared.workspace.LangiumDocuments.addDocument(scan);
    await services.shared.workspace.DocumentBuilder.build([model, scan], { validation: true });
    return (scan.diagnostics ?? []).map(d => `${d.range.start.line + 1} ${d.severity} ${d.message}`);
}

describe('the validation registry', () => {
    it('reports a check that throws as Langium does, on the node, and runs the other checks', async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        expect(await diagnosticsWith(() => { throw new Error('kapot'); })).toEqual(['1 1 An error occurred during validation: kapot']);
        expect(errors).toHaveBeenCalledWith('An error occurred during validation:', expect.any(Error));
    });

    it('waits for a check that returns a promise, and reports its rejection the same way', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        expect(await diagnosticsWith(async (scan, accept) => {
            await new Promise(resolve => setTimeout(resolve, 5));
            accept('warning', 'later', { node: scan, property: 'region' });
        })).toEqual(['1 2 later']);
        expect(await diagnosticsWith(async () => {
            await Promise.resolve();
            throw new Error('later kapot');
        })).toEqual(['1 1 An error occurred during validation: later kapot']);
    });
});
