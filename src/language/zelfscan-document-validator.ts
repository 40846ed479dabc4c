import { DefaultDocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from './generated/ast.js';

/**
 * Reports an unknown model once, at the model reference, instead of once more for every role, party and
 * question of the scan that can no longer be checked.
 */
export class ZelfscanDocumentValidator extends DefaultDocumentValidator {

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const root = document.parseResult.value;
        if (ast.isRegionScan(root) && root.model && !root.model.ref) {
            const own = diagnostics.splice(before);
            diagnostics.push(...own.filter(d => (d.data as { containerType?: string })?.containerType === ast.RegionScan.$type));
        }
    }
}
