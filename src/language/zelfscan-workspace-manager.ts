import { DefaultWorkspaceManager, type BuildOptions } from 'langium';

/**
 * Validates every model and scan when the workspace opens, not only the files open in the editor: the
 * Problems panel then lists every scan that needs attention, which is what an analyst checking a round wants.
 */
export class ZelfscanWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
