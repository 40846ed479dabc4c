import {
    AstUtils, DefaultScopeProvider, DocumentState, type WorkspaceCache, EMPTY_SCOPE, MapScope, MultiMapScope, type AstNode, type AstNodeDescription, type AstReflection,
    type ReferenceInfo, type Scope
} from 'langium';
import type { ItemKind } from '../domain/model-definition.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import * as ast from './generated/ast.js';
import { retirementKind } from './model-definition-builder.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanCoreServices } from './zelfscan-module.js';
import { KIND_OF_DECLARATION, SCAN_REFERENCE_KINDS } from './item-kind-syntax.js';
import { phaseCache } from './build-caches.js';
import { compareDeclaringFiles } from './model-version-order.js';

/**
 * Names in a scan resolve against the resolved model version the scan names; names in a model resolve against
 * its own chain of versions. Retired items stay visible so that validation can say they are retired rather
 * than unknown, and so do the old names of renamed items (they lead to the item under its new name). The
 * `was` of a rename resolves against the version the model extends. Scopes are built once per resolved model
 * and kind.
 */
export class ZelfscanScopeProvider extends DefaultScopeProvider {

    private readonly models: ResolvedModels;
    private readonly scopes = new WeakMap<ResolvedModel<AstNode>, Map<string, Scope>>();
    /** Scopes of the values of a trait, keyed by the resolved trait (which lives as long as its resolved model). */
    private readonly traitValueScopes = new WeakMap<object, Scope>();

    /** The model versions in the index; emptied once changed models are indexed, so no request fills it too early. */
    private readonly modelScope: WorkspaceCache<string, Scope>;

    constructor(services: ZelfscanCoreServices) {
        super(services);
        this.models = services.shared.models.ResolvedModels;
        this.modelScope = phaseCache(services.shared, DocumentState.IndexedContent);
    }

    override getScope(context: ReferenceInfo): Scope {
        const container = context.container;
        // A nested lookup: this runs for every reference of every scan, so no key string is built.
        const scanKind = SCAN_REFERENCE_KINDS[container.$type]?.[context.property];
        if (scanKind) {
            const scan = AstUtils.getContainerOfType(container, ast.isRegionScan);
            const resolution = scan && this.models.ofScan(scan);
            return resolution ? this.itemScope(resolution.resolved, scanKind, true) : EMPTY_SCOPE;
        }
        if (ast.isTraitSetting(container) && context.property === 'value') {
            return this.traitValueScope(container);
        }
        if (ast.isPartyChoice(container)) {
            const model = AstUtils.getContainerOfType(container, ast.isModel);
            return model ? this.itemScope(this.models.of(model).resolved, 'party', true) : EMPTY_SCOPE;
        }
        if (context.property === 'renamedFrom') {
            return this.renamedFromScope(container);
        }
        if (ast.isRetirement(container)) {
            const base = this.baseOf(container);
            const kind = retirementKind(container);
            return base && kind ? this.itemScope(base, kind, false) : EMPTY_SCOPE;
        }
        if (ast.isActionRetirement(container)) {
            const role = this.inheritedOwner(container.$container, 'role');
            return role ? this.scopeOf(role.actions) : EMPTY_SCOPE;
        }
        if (ast.isPromptRetirement(container)) {
            const use = this.inheritedOwner(container.$container, 'use');
            return use ? this.scopeOf(use.prompts) : EMPTY_SCOPE;
        }
        if (!isReferenceProperty(this.reflection, context)) {
            // Completion asks with the node at the cursor even when the reference it completes belongs to a node
            // the parser has not made yet (`knelpunt k|enmerk`): nothing to offer for that node.
            return EMPTY_SCOPE;
        }
        return super.getScope(context);
    }

    /**
     * A model version declared in two files is an error on both; until it is fixed, references follow the file
     * whose URI sorts first (saved files before untitled ones), so the editor and the command line agree whatever
     * order the documents were opened in.
     */
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== ast.Model.$type) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.modelScope.get(referenceType, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).toArray()
                .sort(compareDeclaringFiles)));
    }

    /** The resolved model that a retirement inside `node` retires from: the version its model extends. */
    private baseOf(node: AstNode): ResolvedModel<AstNode> | undefined {
        const model = AstUtils.getContainerOfType(node, ast.isModel);
        return model && this.models.ofBase(model)?.resolved;
    }

    /** The old name of a rename: an item of the base (retired ones too, for a precise error), or a part of the inherited owner. */
    private renamedFromScope(container: AstNode): Scope {
        const kind = KIND_OF_DECLARATION[container.$type];
        if (kind) {
            const base = this.baseOf(container);
            return base ? this.itemScope(base, kind, true) : EMPTY_SCOPE;
        }
        const owner = ast.isAction(container) ? this.inheritedOwner(container.$container, 'role')
            : ast.isPrompt(container) ? this.inheritedOwner(container.$container, 'use')
            : ast.isTraitValue(container) ? this.inheritedOwner(container.$container, 'trait') : undefined;
        const parts = owner && ('actions' in owner ? owner.actions : 'prompts' in owner ? owner.prompts : owner.values);
        return parts ? this.scopeOf(parts) : EMPTY_SCOPE;
    }

    /** The base's version of a role, use or trait declared in an extending model, under its old name if it is renamed. */
    private inheritedOwner<K extends 'role' | 'use' | 'trait'>(owner: ast.Role | ast.Use | ast.Trait, kind: K) {
        return this.baseOf(owner)?.items[kind].get(owner.renamedFrom?.$refText ?? owner.name);
    }

    private itemScope(model: ResolvedModel<AstNode>, kind: ItemKind, withRetired: boolean): Scope {
        let byKind = this.scopes.get(model);
        if (!byKind) {
            byKind = new Map();
            this.scopes.set(model, byKind);
        }
        // The common case (scan references, with retired items) uses the kind itself as key: no string is built.
        const cacheKey = withRetired ? kind : `${kind}:zonder-vervallen`;
        let scope = byKind.get(cacheKey);
        if (!scope) {
            const items: Array<{ name: string; source?: AstNode }> = [...model.items[kind].values()];
            if (withRetired) {
                items.push(...[...model.retired[kind].values()].map(r => r.item));
                items.push(...[...model.renamed[kind]].map(([old, renamed]) => ({ name: old, source: renamed.item.source })));
            }
            scope = this.scopeOf(items);
            byKind.set(cacheKey, scope);
        }
        return scope;
    }

    private traitValueScope(setting: ast.TraitSetting): Scope {
        const scan = AstUtils.getContainerOfType(setting, ast.isRegionScan);
        const model = scan && this.models.ofScan(scan)?.resolved;
        const traitName = setting.trait?.$refText;
        const trait = model && (model.items.trait.get(traitName) ?? model.retired.trait.get(traitName)?.item
            ?? model.renamed.trait.get(traitName)?.item);
        if (!trait) {
            return EMPTY_SCOPE;
        }
        let scope = this.traitValueScopes.get(trait);
        if (!scope) {
            scope = this.scopeOf(trait.values);
            this.traitValueScopes.set(trait, scope);
        }
        return scope;
    }

    private scopeOf(items: ReadonlyArray<{ name: string; source?: AstNode }>): Scope {
        const descriptions: AstNodeDescription[] = [];
        for (const item of items) {
            // A half-typed item has no name yet: nothing can refer to it, and a description needs a name.
            if (item.source && item.name) {
                descriptions.push(this.descriptions.createDescription(item.source, item.name));
            }
        }
        return new MapScope(descriptions);
    }
}

/** Whether the context's property is a cross-reference of its container's type, as the grammar declares it. */
export function isReferenceProperty(reflection: AstReflection, context: ReferenceInfo): boolean {
    const type = context.container.$type;
    return reflection.getAllTypes().includes(type) && reflection.getTypeMetaData(type).properties[context.property]?.referenceType !== undefined;
}
