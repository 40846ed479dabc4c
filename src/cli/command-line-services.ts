import { DefaultIndexManager, type DeepPartial, type Module } from 'langium';
import { SourceFileSystem } from '../language/source-file-system.js';
import { createZelfscanServices, type ZelfscanLanguageServices, type ZelfscanSharedServices } from '../language/zelfscan-module.js';

/**
 * Keeps no index of references. The index answers "who refers to this?" for find-references and rename in the
 * editor, and tells an editor's update which documents to link again; a command line run does neither, and
 * building the index was about a tenth of checking a workspace.
 */
class IndexManagerWithoutReferences extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing asks.
    }
}

const CommandLineModule: Module<ZelfscanSharedServices, DeepPartial<ZelfscanSharedServices>> = {
    workspace: {
        IndexManager: shared => new IndexManagerWithoutReferences(shared)
    }
};

/**
 * The language services as a command line run uses them: files from disk, loaded once, checked once. The command
 * line reads its files itself (src/cli/source-text.ts); should anything in Langium read one, it reads it the same way.
 */
export function createCommandLineServices(): ZelfscanLanguageServices {
    return createZelfscanServices(SourceFileSystem, CommandLineModule);
}
