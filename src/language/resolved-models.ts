import { DocumentState, type AstNode, type LangiumSharedCoreServices, type WorkspaceCache } from 'langium';
import { phaseCache } from './build-caches.js';
import { compareVersions } from '../domain/model-key.js';
import { resolveModel } from '../domain/resolve-model.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import { isModel, type Model, type RegionScan } from './generated/ast.js';
import { buildModelDefinition } from './model-definition-builder.js';

export interface ModelResolution {
    /** The model itself first, then the versions it extends, nearest first. */
    readonly chain: readonly Model[];
    /** Set when following `breidt … uit` comes back to a model already in the chain. */
    readonly cycle: boolean;
    /** True when a version in the chain names a base that cannot be found. */
    readonly brokenBase: boolean;
    readonly resolved: ResolvedModel<AstNode>;
}

/**
 * The resolved model of every model version in the workspace, computed once per workspace state and shared
 * by scoping, validation and everything else that asks.
 */
export class ResolvedModels {

    private readonly cache: WorkspaceCache<Model, ModelResolution>;
    private readonly successors: WorkspaceCache<Model, Model | null>;
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        // Emptied again once models are linked: a chain followed while a changed model was not yet linked is stale.
        this.cache = phaseCache(shared, DocumentState.Linked);
        this.successors = phaseCache(shared, DocumentState.Linked);
        this.shared = shared;
    }

    /**
     * The newest version of the same model that extends this one, directly or through other versions: where a
     * scan of this version can move to. Undefined when this version is the newest.
     */
    newestSuccessor(model: Model): Model | undefined {
        return this.successors.get(model, () => {
            let newest: Model | undefined;
            for (const description of this.shared.workspace.IndexManager.allElements('Model')) {
                const other = description.node;
                if (isModel(other) && other !== model && other.name === model.name && other.version
                    && compareVersions(other.version, model.version) > 0
                    && (!newest || compareVersions(other.version, newest.version) > 0)
                    && this.of(other).chain.includes(model)) {
                    newest = other;
                }
            }
            return newest ?? null;
        }) ?? undefined;
    }

    of(model: Model): ModelResolution {
        return this.cache.get(model, () => this.resolve(model));
    }

    ofScan(scan: RegionScan): ModelResolution | undefined {
        const model = scan.model?.ref;
        return model && this.of(model);
    }

    /** The resolution of the version a model extends, if it has one that can be found. */
    ofBase(model: Model): ModelResolution | undefined {
        const base = model.base?.ref;
        return base && base !== model ? this.of(base) : undefined;
    }

    private resolve(model: Model): ModelResolution {
        const chain: Model[] = [];
        let cycle = false;
        let brokenBase = false;
        for (let current: Model | undefined = model; current; current = current.base?.ref) {
            if (chain.includes(current)) {
                cycle = true;
                break;
            }
            chain.push(current);
            if (current.base && !current.base.ref) {
                brokenBase = true;
            }
        }
        const resolved = resolveModel([...chain].reverse().map(buildModelDefinition));
        return { chain, cycle, brokenBase, resolved };
    }
}
