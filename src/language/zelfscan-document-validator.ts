import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { fileTooLargeDiagnostic, limitDiagnostics } from './document-limits.js';
import * as ast from './generated/ast.js';

/**
 * Keeps linking errors to the one that needs fixing: an unknown model is reported once, at the model reference,
 * not again for every role, party and question of the scan that can no longer be checked; likewise an unknown base
 * version of a model, an unknown trait (not again for its value), and a syntax error (not again for the name
 * the parser recovered from it).
 */
export class ZelfscanDocumentValidator extends DefaultDocumentValidator {

    /** A file beyond the size limit was not parsed (ZelfscanDocumentFactory); the limit is its only finding. */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const tooLarge = fileTooLargeDiagnostic(document.textDocument.getText());
        if (tooLarge) {
            return options.categories && !options.categories.includes('built-in') ? [] : [tooLarge];
        }
        return limitDiagnostics(await super.validateDocument(document, options, cancelToken));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const own = diagnostics.splice(before);
        if (own.length === 0) {
            // Nearly every document links cleanly: then there is nothing to filter, and no need to walk it.
            return;
        }
        const root = document.parseResult.value;
        const containerType = (d: Diagnostic) => (d.data as { containerType?: string } | undefined)?.containerType;
        if (ast.isModel(root) && root.base && !root.base.ref) {
            diagnostics.push(...own.filter(d => containerType(d) === ast.Model.$type));
            return;
        }
        if (ast.isRegionScan(root) && root.model && !root.model.ref) {
            diagnostics.push(...own.filter(d => containerType(d) === ast.RegionScan.$type));
            return;
        }
        const dependent = new Set<string>(diagnostics
            .filter(d => (d.data as { code?: string } | undefined)?.code === DocumentValidator.ParsingError)
            .map(d => at(d.range.start)));
        if (ast.isRegionScan(root)) {
            for (const setting of AstUtils.streamAllContents(root).filter(ast.isTraitSetting)) {
                const start = setting.value?.$refNode?.range.start;
                if (setting.trait && !setting.trait.ref && start) {
                    dependent.add(at(start));
                }
            }
        }
        diagnostics.push(...own.filter(d => !dependent.has(at(d.range.start))));
    }
}

function at(position: { line: number; character: number }): string {
    return `${position.line}:${position.character}`;
}
