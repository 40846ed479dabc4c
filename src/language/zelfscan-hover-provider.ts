import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from './generated/ast.js';
import type { ResolvedModels } from './resolved-models.js';
import { itemMarkdown, modelMarkdown } from './zelfscan-item-descriptions.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/**
 * Hover for both file kinds: a score shows its scale label, a model reference the version it names, and any
 * model item (declared here or referred to from a scan) its Dutch description.
 */
export class ZelfscanHoverProvider extends AstNodeHoverProvider {

    private readonly models: ResolvedModels;

    constructor(services: ZelfscanServices) {
        super(services);
        this.models = services.shared.models.ResolvedModels;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        const node = leaf?.astNode;
        if (leaf && node) {
            const special = this.scoreHover(node, offset) ?? this.modelReferenceHover(node, offset);
            if (special) {
                return { contents: { kind: 'markdown', value: special }, range: leaf.range };
            }
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return itemMarkdown(node);
    }

    private scoreHover(node: AstNode, offset: number): string | undefined {
        if (!ast.isScore(node) || node.value === undefined || !covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'value'), offset)) {
            return undefined;
        }
        const scan = AstUtils.getContainerOfType(node, ast.isRegionScan);
        const scale = scan && this.models.ofScan(scan)?.resolved.scale;
        if (!scale) {
            return `**${node.value}**: de schaal is onbekend zolang het model van deze scan onbekend is.`;
        }
        const point = scale.points.find(p => p.value === node.value);
        const role = node.role?.$refText ?? 'deze rol';
        return point
            ? `**${node.value} · ${point.label}**\n\nMate van aanwezigheid van ${role} (schaal ${scale.name}, ${scale.min} tot en met ${scale.max}).`
            : `**${node.value}** ligt buiten de schaal ${scale.name} (${scale.min} tot en met ${scale.max}).`;
    }

    private modelReferenceHover(node: AstNode, offset: number): string | undefined {
        const reference = ast.isRegionScan(node) ? node.model : ast.isModel(node) ? node.base : undefined;
        const property = ast.isRegionScan(node) ? 'model' : 'base';
        if (!reference || !covers(GrammarUtils.findNodeForProperty(node.$cstNode, property), offset)) {
            return undefined;
        }
        return reference.ref ? modelMarkdown(reference.ref) : undefined;
    }
}

function covers(cst: { offset: number; end: number } | undefined, offset: number): boolean {
    return cst !== undefined && cst.offset <= offset && offset < cst.end;
}
