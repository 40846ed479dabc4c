import { DefaultDocumentBuilder, DocumentState, type AstNodeDescription, type BuildOptions, Cancellation, type LangiumDocument, type URI } from 'langium';
import { compareDeclaringFiles } from './model-version-order.js';
import * as ast from './generated/ast.js';
import type { ZelfscanSharedServices } from './zelfscan-module.js';

/**
 * Knows what depends on what in this workspace, so an edit re-checks only what it can affect: scans export
 * nothing and depend only on the model versions they name, so editing a scan touches that scan alone; editing a
 * model re-checks the other models (versions extend and must not collide) and the scans whose model chain
 * includes it. This keeps an edit a matter of milliseconds in a workspace of thousands of scans.
 */
export class ZelfscanDocumentBuilder extends DefaultDocumentBuilder {

    private readonly services: ZelfscanSharedServices;
    /** Per model name, its versions and the file each resolves to, as the index held them after the last build's models. */
    private versionsByModel: Map<string, Map<string, string>> | undefined;
    /** The last set of changed URIs shouldRelink was asked about, and whether it holds a model. */
    private modelChange: { uris: Set<string>; includesModel: boolean } | undefined;

    constructor(services: ZelfscanSharedServices) {
        super(services);
        // Resolved lazily: the resolved-model cache itself listens to this builder.
        this.services = services;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (!this.includesModel(changedUris)) {
            return false;
        }
        const root = document.parseResult.value;
        if (ast.isModel(root)) {
            return true;
        }
        if (ast.isRegionScan(root)) {
            // Still the chain before the edit: what the scan depended on is what must be looked at again.
            const model = root.model?.ref;
            const chain = model ? this.services.models.ResolvedModels.of(model).chain : [];
            return !model || chain.some(version => changedUris.has(version.$document?.uri.toString() ?? ''))
                || super.shouldRelink(document, changedUris);
        }
        return super.shouldRelink(document, changedUris);
    }

    /**
     * Whether a change touches a model file. Asked for every document in the workspace with the same set after
     * each edit, and looking a URI up among the open documents parses it, so the answer is kept for that set
     * (at 2,000 scans this lookup was a fifth of the time from a scan edit to its diagnostics).
     */
    private includesModel(changedUris: Set<string>): boolean {
        if (this.modelChange?.uris !== changedUris) {
            this.modelChange = { uris: changedUris, includesModel: [...changedUris].some(uri => this.isModelUri(uri)) };
        }
        return this.modelChange.includesModel;
    }

    /**
     * Models are built to the end before the scans, and scans open in the editor before the others: after a
     * model edit its author sees the model's own diagnostics before thousands of scans that depend on it are
     * checked again, and the scan on screen is not kept waiting by the rest. Scans export nothing, so building
     * them later changes no result.
     */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        this.dropEarlyLinks(documents);
        const models = documents.filter(document => this.isModelUri(document.uri.toString()));
        if (models.length > 0) {
            await super.buildDocuments(models, options, cancelToken);
        }
        const scans = [...documents.filter(document => !this.isModelUri(document.uri.toString())), ...this.scansOfChangedVersions(documents)];
        if (models.length === 0 && scans.length === 0) {
            await super.buildDocuments(documents, options, cancelToken);
            return this.checkModelsOfScans(false, options, cancelToken);
        }
        await this.buildScans(scans, options, cancelToken);
        await this.checkModelsOfScans(scans.length > 0, options, cancelToken);
    }

    /**
     * Every listener hears of a document that reached a phase, even when the build is cancelled meanwhile. Langium
     * checks the token before each listener and skips the rest once it is cancelled, but the document keeps its new
     * state and is not built again: when an edit of another file arrived just after a scan was validated, the
     * listener that publishes its diagnostics was skipped and the scan never got any, and a request waiting for that
     * document's state would wait for good. The listeners are cheap; the build stops at its next check.
     */
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState): Promise<void> {
        await super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    /** Set when a scan was deleted: what the versions after its own say about it (StrandedScanChecks) changes. */
    private scanRemoved = false;

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (deleted.some(uri => !this.isModelUri(uri.toString()))) {
            this.scanRemoved = true;
        }
        return super.update(changed, deleted, cancelToken);
    }

    /**
     * A model version that retires something says how many scans of the versions it extends still use it: after
     * scans changed (or went), those versions are checked again, once the scans are parsed. Only versions that
     * retire something and extend another; models are few, and only their validation runs again.
     */
    private async checkModelsOfScans(scansBuilt: boolean, options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (!scansBuilt && !this.scanRemoved) {
            return;
        }
        this.scanRemoved = false;
        const dependents = this.services.workspace.LangiumDocuments.all.filter(document => {
            const root = document.parseResult.value;
            return ast.isModel(root) && root.base !== undefined && root.members.some(ast.isRetirement)
                && document.state >= DocumentState.Validated && this.isModelUri(document.uri.toString());
        }).toArray();
        if (dependents.length === 0) {
            return;
        }
        dependents.forEach(document => this.resetToState(document, DocumentState.IndexedReferences));
        await super.buildDocuments(dependents, options, cancelToken);
    }

    /**
     * Scans whose model gained or lost a version since the last build: whether a newer version exists is part of
     * what a scan is told. Usually no reference of theirs points at the version that came or went, so they are
     * checked again (not linked again), which costs a validation per scan, and only when the set of versions
     * changes. A version declared twice resolves to the file whose URI sorts first; a scan whose version now
     * resolves to another file than before is linked again.
     */
    private scansOfChangedVersions(building: readonly LangiumDocument[]): LangiumDocument[] {
        const winners = new Map<string, Map<string, AstNodeDescription>>();
        for (const description of this.services.workspace.IndexManager.allElements(ast.Model.$type)) {
            const name = description.name.slice(0, description.name.lastIndexOf(' '));
            const version = description.name.slice(description.name.lastIndexOf(' ') + 1);
            const versions = winners.get(name) ?? new Map<string, AstNodeDescription>();
            const winner = versions.get(version);
            versions.set(version, winner !== undefined && compareDeclaringFiles(winner, description) <= 0 ? winner : description);
            winners.set(name, versions);
        }
        // URIs only: a description kept until the next build would keep its document's old syntax tree alive.
        const snapshot = new Map([...winners].map(([name, versions]) =>
            [name, new Map([...versions].map(([version, description]) => [version, description.documentUri.toString()]))]));
        const previous = this.versionsByModel;
        this.versionsByModel = snapshot;
        if (!previous) {
            return [];
        }
        const sameVersions = (a: Map<string, string> | undefined, b: Map<string, string> | undefined) =>
            a !== undefined && b !== undefined && a.size === b.size && [...a].every(([version, uri]) => b.get(version) === uri);
        const changed = new Set([...snapshot.keys(), ...previous.keys()].filter(name => !sameVersions(snapshot.get(name), previous.get(name))));
        if (changed.size === 0) {
            return [];
        }
        const inBuild = new Set(building);
        const extra: LangiumDocument[] = [];
        for (const document of this.services.workspace.LangiumDocuments.all) {
            const root = document.parseResult.value;
            const refText = ast.isRegionScan(root) ? root.model?.$refText : undefined;
            const name = refText?.slice(0, refText.lastIndexOf(' '));
            if (refText === undefined || name === undefined || !changed.has(name) || inBuild.has(document) || document.state < DocumentState.IndexedReferences) {
                continue;
            }
            const version = refText.slice(refText.lastIndexOf(' ') + 1);
            const retargeted = snapshot.get(name)?.get(version) !== previous.get(name)?.get(version);
            this.resetToState(document, retargeted ? DocumentState.ComputedScopes : DocumentState.IndexedReferences);
            extra.push(document);
        }
        return extra;
    }

    /**
     * A reference is resolved when it is first read, and the linker keeps what it found. Between an update and
     * the linking phase, something may read the references of a document that waits to be linked again (a
     * request, or the chain of versions that deciding what to relink walks) while a changed model is not yet
     * indexed: the reference then keeps an error or a stale target. Such early links are dropped before linking.
     */
    private dropEarlyLinks(documents: readonly LangiumDocument[]): void {
        for (const document of documents) {
            if (document.state >= DocumentState.Parsed && document.state < DocumentState.Linked) {
                this.serviceRegistry.getServices(document.uri).references.Linker.unlink(document);
            }
        }
    }

    private async buildScans(scans: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // Requests served while the models were being built may have resolved a waiting scan's references.
        this.dropEarlyLinks(scans);
        const isOpen = (document: LangiumDocument) => this.textDocuments?.get(document.uri.toString()) !== undefined;
        for (const group of [scans.filter(isOpen), scans.filter(document => !isOpen(document))].filter(group => group.length > 0)) {
            await super.buildDocuments(group, options, cancelToken);
        }
    }

    /**
     * A document whose last build finished with the same options, or with every validation category (as the
     * initial build of the workspace does), has nothing left to do. After each edit this is asked of every
     * document in the workspace, so it must not compute category lists for thousands of scans.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions): boolean {
        const state = this.buildState.get(document.uri.toString());
        if (state?.completed && (state.options === options || state.options.validation === true)) {
            return false;
        }
        return super.resultsAreIncomplete(document, options);
    }

    /**
     * An open document is what its editor says it is (an untitled model has no extension); a closed or deleted one
     * counts as a model unless its name says scan, so that a change to it never leaves dependants unchecked.
     */
    private isModelUri(uri: string): boolean {
        const open = this.textDocuments?.get(uri);
        return open ? open.languageId === 'zelfscan' : !uri.endsWith('.regioscan');
    }
}
