import { AstUtils, DefaultDocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from './generated/ast.js';

/**
 * Reports an unknown model once, at the model reference, instead of once more for every role, party and
 * question of the scan that can no longer be checked; likewise an unknown trait once, not again for its value.
 */
export class ZelfscanDocumentValidator extends DefaultDocumentValidator {

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const root = document.parseResult.value;
        if (!ast.isRegionScan(root)) {
            return;
        }
        const own = diagnostics.splice(before);
        if (root.model && !root.model.ref) {
            diagnostics.push(...own.filter(d => (d.data as { containerType?: string })?.containerType === ast.RegionScan.$type));
            return;
        }
        const dependent = new Set<string>();
        for (const setting of AstUtils.streamAllContents(root).filter(ast.isTraitSetting)) {
            const start = setting.value?.$refNode?.range.start;
            if (setting.trait && !setting.trait.ref && start) {
                dependent.add(`${start.line}:${start.character}`);
            }
        }
        diagnostics.push(...own.filter(d => !dependent.has(`${d.range.start.line}:${d.range.start.character}`)));
    }
}
