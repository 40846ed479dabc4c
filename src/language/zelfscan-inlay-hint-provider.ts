import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import * as ast from './generated/ast.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/** After each score, the label of that point of the scale: `3` reads as `3 · Regelmatig aanwezig`. */
export class ZelfscanInlayHintProvider extends AbstractInlayHintProvider {

    private readonly models: ResolvedModels;

    constructor(services: ZelfscanServices) {
        super();
        this.models = services.shared.models.ResolvedModels;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!ast.isScore(node) || node.value === undefined) {
            return;
        }
        const valueNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
        const scan = AstUtils.getContainerOfType(node, ast.isRegionScan);
        const label = scan && this.models.ofScan(scan)?.resolved.scale?.points.find(p => p.value === node.value)?.label;
        if (valueNode && label) {
            acceptor({ position: valueNode.range.end, label: ` · ${label}`, kind: InlayHintKind.Type, paddingLeft: false });
        }
    }
}
