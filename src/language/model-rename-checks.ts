import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { ItemKind, PartKind } from '../domain/model-definition.js';
import { modelKeyLabel } from '../domain/model-key.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import * as ast from './generated/ast.js';
import { IssueCodes, issue, line } from './issue-codes.js';
import { retirementKind } from './model-definition-builder.js';
import type { ResolvedModels } from './resolved-models.js';
import { KIND_OF_DECLARATION } from './item-kind-syntax.js';
import { kindWords } from '../report/item-kind-texts.js';

/** A declaration that may say `was <old name>`. */
export type RenamableNode = ast.Role | ast.Party | ast.Focus | ast.Question | ast.Use | ast.Obstacle | ast.Handhold | ast.Trait
    | ast.Action | ast.Prompt | ast.TraitValue;
type ItemNode = Exclude<RenamableNode, ast.Action | ast.Prompt | ast.TraitValue>;
type PartNode = ast.Action | ast.Prompt | ast.TraitValue;

const ITEM_KIND = KIND_OF_DECLARATION as Readonly<Record<ItemNode['$type'], ItemKind>>;

/** The kind of part each part declaration is. */
const PART_KIND: Readonly<Record<PartNode['$type'], PartKind>> = { Action: 'action', Prompt: 'prompt', TraitValue: 'value' };

/** What each declaration is called in messages, with its article. */
const NOUN: Readonly<Record<RenamableNode['$type'], string>> = Object.fromEntries(
    [...Object.entries(ITEM_KIND), ...Object.entries(PART_KIND)].map(([type, kind]) => [type, kindWords(kind).definite])
) as Record<RenamableNode['$type'], string>;

/**
 * The rules of `was`: the old name is an item the base still has under that name (not retired, not renamed
 * already), this version neither retires it nor renames it twice, and the new name is not taken in the base.
 * An old name the base does not know at all is a linking error (see ZelfscanLinker).
 *
 *     model M versie 1.2 breidt M versie 1.1 uit {
 *         rol Bruggenbouwer was Verbinder { }      // Verbinder's description and actions move along
 *     }
 */
export class ModelRenameChecks {

    constructor(private readonly models: ResolvedModels) {}

    checkRename(node: RenamableNode, accept: ValidationAcceptor): void {
        const old = node.renamedFrom;
        const model = AstUtils.getContainerOfType(node, ast.isModel);
        const base = model && this.models.ofBase(model)?.resolved;
        if (!old?.ref || !model || !base) {
            return;
        }
        const from = old.$refText;
        const at = { node, property: 'renamedFrom' as const };
        const noun = NOUN[node.$type];
        if (from === node.name) {
            accept('warning', `'was ${from}' hernoemt niets: de nieuwe naam is de oude. Laat 'was ${from}' weg.`,
                { ...at, ...issue(IssueCodes.RenameInvalid) });
            return;
        }
        const problem = isPart(node) ? this.partProblem(node, from, base) : this.itemProblem(node, from, model, base);
        if (problem) {
            accept('error', `${capital(noun)} '${from}' kan niet hernoemd worden tot '${node.name}': ${problem}`,
                { ...at, ...issue(IssueCodes.RenameInvalid) });
            return;
        }
        const siblings = (isPart(node) ? partsOf(node) : model.members) as readonly AstNode[];
        const twice = siblings.find((other): other is RenamableNode => other !== node && other.$type === node.$type
            && (other as RenamableNode).renamedFrom?.$refText === from);
        if (twice && line(twice) < line(node)) {
            accept('error', `${capital(noun)} '${from}' is op regel ${line(twice)} al hernoemd tot '${twice.name}'. Een onderdeel krijgt per versie één nieuwe naam; houd één van beide.`,
                { ...at, ...issue(IssueCodes.RenameInvalid) });
        }
    }

    private itemProblem(node: ItemNode, from: string, model: ast.Model, base: ResolvedModel): string | undefined {
        const kind = ITEM_KIND[node.$type];
        const where = modelKeyLabel(base.key);
        const retired = base.retired[kind].get(from);
        if (retired) {
            return `het is vervallen in ${modelKeyLabel(retired.retiredIn)}. Een vervallen onderdeel kan niet hernoemd worden; declareer '${node.name}' zonder 'was', of breng '${from}' eerst terug.`;
        }
        const renamed = base.renamed[kind].get(from);
        if (renamed) {
            return `het heet sinds ${modelKeyLabel(renamed.renamedIn)} al '${renamed.item.name}'. Schrijf 'was ${renamed.item.name}'.`;
        }
        if (model.members.some(m => ast.isRetirement(m) && retirementKind(m) === kind && m.target?.$refText === from)) {
            return `dit model verklaart '${from}' ook vervallen. Kies één van beide.`;
        }
        if (base.items[kind].has(node.name)) {
            return `${where} kent al een ${NOUN[node.$type].split(' ')[1]} '${node.name}'. Kies een naam die nog vrij is.`;
        }
        return undefined;
    }

    private partProblem(node: PartNode, from: string, base: ResolvedModel): string | undefined {
        const owner = node.$container;
        const ownerKind: ItemKind = ast.isRole(owner) ? 'role' : ast.isUse(owner) ? 'use' : 'trait';
        const inherited = base.items[ownerKind].get(owner.renamedFrom?.$refText ?? owner.name);
        const retires = ast.isRole(owner) ? owner.parts.some(p => ast.isActionRetirement(p) && p.action?.$refText === from)
            : ast.isUse(owner) ? owner.parts.some(p => ast.isPromptRetirement(p) && p.prompt?.$refText === from) : false;
        if (retires) {
            return `'${owner.name}' verklaart '${from}' ook vervallen. Kies één van beide.`;
        }
        const names = !inherited ? [] : 'actions' in inherited ? inherited.actions : 'prompts' in inherited ? inherited.prompts : inherited.values;
        if (names.some(part => part.name === node.name)) {
            return `${modelKeyLabel(base.key)} kent in '${owner.name}' al een ${NOUN[node.$type].split(' ')[1]} '${node.name}'. Kies een naam die nog vrij is.`;
        }
        return undefined;
    }
}

function isPart(node: RenamableNode): node is PartNode {
    return ast.isAction(node) || ast.isPrompt(node) || ast.isTraitValue(node);
}

function partsOf(node: PartNode): readonly AstNode[] {
    const owner = node.$container;
    return ast.isTrait(owner) ? owner.values : owner.parts;
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
