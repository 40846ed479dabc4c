import { DocumentState, WorkspaceCache, type LangiumSharedCoreServices } from 'langium';

/**
 * A workspace cache that is emptied when an update starts and again when a build phase has finished. A request
 * served while a build is under way can fill a plain workspace cache from a half-built workspace (a changed model
 * not yet indexed); emptying it after the phase that produces what it caches keeps that stale entry from
 * outliving the build.
 */
export function phaseCache<K, V>(shared: LangiumSharedCoreServices, after: DocumentState): WorkspaceCache<K, V> {
    const cache = new WorkspaceCache<K, V>(shared, after);
    shared.workspace.DocumentBuilder.onUpdate(() => cache.clear());
    return cache;
}
