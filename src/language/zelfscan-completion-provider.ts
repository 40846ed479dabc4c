import { AstUtils, GrammarAST, stream, type AstNodeDescription, type IndexManager, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { compareVersions } from '../domain/model-key.js';
import * as ast from './generated/ast.js';
import { parseModelKeyText } from './model-definition-builder.js';
import type { ResolvedModels } from './resolved-models.js';
import { isReferenceProperty } from './zelfscan-scope-provider.js';
import { extensionSnippet, modelSnippet, respondentSnippet, roleSnippet, scanSnippet } from './snippet-completions.js';
import { ITEM_NOUNS, itemDetail } from './zelfscan-item-descriptions.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/**
 * Completion for both file kinds: Langium's keywords and scoped names, with a Dutch detail on every name,
 * score values with their scale labels, and model versions written the way a file names them, newest first.
 */
export class ZelfscanCompletionProvider extends DefaultCompletionProvider {

    private readonly models: ResolvedModels;
    private readonly indexManager: IndexManager;

    constructor(services: ZelfscanServices) {
        super(services);
        this.models = services.shared.models.ResolvedModels;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (this.isScoreValue(next)) {
            this.completeScoreValue(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Besides the keyword, a snippet where the keyword starts a block: a scan, a respondent with the roles and
     * scale of the scan's model, a model, a version that extends the newest one, a role. Only where the keyword
     * can stand, so no snippet is offered after a role name or inside a score.
     */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const result = super.completionForKeyword(context, keyword, acceptor);
        if (this.clientCapabilities?.completionItem?.snippetSupport) {
            for (const snippet of this.snippetsFor(context, keyword)) {
                acceptor(context, {
                    ...snippet,
                    kind: CompletionItemKind.Snippet,
                    insertTextFormat: InsertTextFormat.Snippet,
                    sortText: '2'
                });
            }
        }
        return result;
    }

    private snippetsFor(context: CompletionContext, keyword: GrammarAST.Keyword): Array<{ label: string; detail: string; insertText: string; filterText: string }> {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const snippet = (label: string, detail: string, insertText: string) => ({ label, detail, insertText, filterText: keyword.value });
        if (rule === 'RegionScan' && keyword.value === 'regioscan') {
            return this.newestModels().map(model =>
                snippet(`regioscan op ${model.key.name} versie ${model.key.version}`, 'Nieuwe regioscan met een respondent per vereiste partij', scanSnippet(model)));
        }
        if (rule === 'Respondent' && keyword.value === 'respondent') {
            const scan = context.node && AstUtils.getContainerOfType(context.node, ast.isRegionScan);
            const model = scan && this.models.ofScan(scan)?.resolved;
            if (!scan || !model) {
                return [];
            }
            const id = `R${scan.members.filter(ast.isRespondent).length + 1}`;
            return [snippet('respondent met alle rollen', `Respondent met een score per rol van ${model.key.name} versie ${model.key.version}`,
                respondentSnippet(model, id, today()))];
        }
        if (rule === 'Model' && keyword.value === 'model') {
            return [
                snippet('model (nieuw)', 'Nieuw model met schaal, rol, partij en focus', modelSnippet()),
                ...this.newestModels().map(model => snippet(`model breidt ${model.key.name} versie ${model.key.version} uit`,
                    'Nieuwe versie die deze versie uitbreidt', extensionSnippet(model.key)))
            ];
        }
        if (rule === 'Role' && keyword.value === 'rol') {
            return [snippet('rol met omschrijving en actie', 'Nieuwe rol met omschrijving, competentie en een actie', roleSnippet())];
        }
        return [];
    }

    /** The newest version of each model name in the workspace. */
    private newestModels() {
        const newest = new Map<string, { key: { name: string; version: string }; node: ast.Model }>();
        for (const description of this.indexManager.allElements(ast.Model.$type)) {
            const key = parseModelKeyText(description.name);
            if (key && ast.isModel(description.node) && (!newest.has(key.name) || compareVersions(key.version, newest.get(key.name)!.key.version) > 0)) {
                newest.set(key.name, { key, node: description.node });
            }
        }
        return [...newest.values()].sort((a, b) => a.key.name.localeCompare(b.key.name)).map(({ node }) => this.models.of(node).resolved);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext) {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (!isReferenceProperty(this.astReflection, refInfo) || this.astReflection.getReferenceType(refInfo) !== 'Model') {
            return candidates;
        }
        // Newest version first within a model name; a model never extends itself.
        const own = AstUtils.getContainerOfType(refInfo.container, ast.isModel);
        const sorted = candidates.filter(d => own === undefined || d.node !== own).toArray().sort(byNameThenNewest);
        sorted.forEach((d, i) => sortRank.set(d, String(i).padStart(4, '0')));
        return stream(sorted);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        if (description.type === 'Model') {
            const key = parseModelKeyText(description.name);
            const label = key ? `${key.name} versie ${key.version}` : description.name;
            return {
                ...item,
                label,
                kind: CompletionItemKind.Module,
                detail: description.node ? itemDetail(description.node) : 'model',
                sortText: `0${sortRank.get(description) ?? ''}`
            };
        }
        const detail = description.node ? itemDetail(description.node) : undefined;
        return {
            ...item,
            kind: kindOf(description.type),
            detail: detail ?? ITEM_NOUNS[description.type] ?? description.type,
            labelDetails: { description: ITEM_NOUNS[description.type] }
        };
    }

    /** The `value=INT` of a score, the only INT the user types after a role name in a respondent block. */
    private isScoreValue(next: NextFeature): boolean {
        if (!GrammarAST.isRuleCall(next.feature) || next.feature.rule.ref?.name !== 'INT') {
            return false;
        }
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        return assignment?.feature === 'value' && rule?.name === 'Score';
    }

    private completeScoreValue(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const scan = context.node && AstUtils.getContainerOfType(context.node, ast.isRegionScan);
        const scale = scan && this.models.ofScan(scan)?.resolved.scale;
        if (!scale) {
            return;
        }
        for (const point of [...scale.points].sort((a, b) => a.value - b.value)) {
            acceptor(context, {
                label: `${point.value} · ${point.label}`,
                insertText: String(point.value),
                filterText: String(point.value),
                kind: CompletionItemKind.EnumMember,
                detail: point.label,
                sortText: `0${String(point.value).padStart(6, '0')}`
            });
        }
        acceptor(context, {
            label: '? · nog geen oordeel',
            insertText: '?',
            filterText: '?',
            kind: CompletionItemKind.EnumMember,
            detail: 'De respondent geeft (nog) geen oordeel over deze rol',
            sortText: '1'
        });
    }
}

/** Today as an ISO date, the default of a new interview date. */
const today = () => new Date().toISOString().slice(0, 10);

/** Sort position of each model candidate, filled while sorting so the items keep that order in the client. */
const sortRank = new WeakMap<AstNodeDescription, string>();

function byNameThenNewest(a: AstNodeDescription, b: AstNodeDescription): number {
    const ka = parseModelKeyText(a.name);
    const kb = parseModelKeyText(b.name);
    return !ka || !kb ? a.name.localeCompare(b.name) : ka.name.localeCompare(kb.name) || compareVersions(kb.version, ka.version);
}

function kindOf(type: string): CompletionItemKind {
    switch (type) {
        case 'Role': return CompletionItemKind.Class;
        case 'Party': return CompletionItemKind.Interface;
        case 'Focus': return CompletionItemKind.Struct;
        case 'Question': return CompletionItemKind.Field;
        case 'Use': return CompletionItemKind.Module;
        case 'TraitValue': return CompletionItemKind.EnumMember;
        case 'Trait': return CompletionItemKind.Enum;
        case 'Theme': case 'Area': return CompletionItemKind.EnumMember;
        default: return CompletionItemKind.Reference;
    }
}
