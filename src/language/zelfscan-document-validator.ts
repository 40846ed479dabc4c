import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { fileTooLargeDiagnostic, limitDiagnostics } from './document-limits.js';
import { nodesInOrder } from './ast-walk.js';
import { problemDiagnostic, type SourceTextProblems } from './source-text-problems.js';
import * as ast from './generated/ast.js';
import type { ZelfscanServices } from './zelfscan-module.js';
import type { ZelfscanValidationRegistry } from './zelfscan-validation-registry.js';

/**
 * Keeps linking errors to the one that needs fixing: an unknown model is reported once, at the model reference,
 * not again for every role, party and question of the scan that can no longer be checked; likewise an unknown base
 * version of a model, an unknown trait (not again for its value), and a syntax error (not again for the name
 * the parser recovered from it).
 */
export class ZelfscanDocumentValidator extends DefaultDocumentValidator {

    private readonly registry: ZelfscanValidationRegistry;
    private readonly sourceTextProblems: SourceTextProblems;
    private readonly textDocuments: ZelfscanServices['shared']['workspace']['TextDocuments'];

    constructor(services: ZelfscanServices) {
        super(services);
        this.registry = services.validation.ValidationRegistry;
        this.sourceTextProblems = services.shared.workspace.SourceTextProblems;
        this.textDocuments = services.shared.workspace.TextDocuments;
    }

    /**
     * As Langium's walk over every node (the same nodes and checks in the same order), over an array of the nodes
     * instead of Langium's lazy stream, and without an await per node and check when nothing asks for it: the
     * command line builds without a cancellation token, and a synchronous check has no promise to wait for.
     * With a token it still yields to the event loop and stops on cancellation as Langium's does; with the
     * profiler on, Langium's own walk runs.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const nodes = nodesInOrder(rootNode, node => this.validateSingleNodeOptions(node, options).validateChildren);
        for (const node of nodes) {
            if (cancellable) {
                await interruptAndCheck(cancelToken);
            }
            if (this.validateSingleNodeOptions(node, options).validateNode) {
                for (const check of this.registry.checksOf(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) {
                        await result;
                    }
                }
            }
        }
    }

    /**
     * A file on disk that is not usable text was read as empty (source-file-system.ts), and a file beyond the size
     * limit was not parsed (ZelfscanDocumentFactory): what is wrong with it is its only finding.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const problem = this.textDocuments.get(document.uri) ? undefined : this.sourceTextProblems.get(document.uri);
        const only = problem ? problemDiagnostic(problem) : fileTooLargeDiagnostic(document.textDocument.getText());
        if (only) {
            return options.categories && !options.categories.includes('built-in') ? [] : [only];
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
