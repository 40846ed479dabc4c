import { DefaultIndexManager, type DeepPartial, type Module, type URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import * as path from 'node:path';
import { readSourceText } from './source-text.js';
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

/** Should anything in Langium read a source file itself, it reads it as the command line does (source-text.ts). */
class SourceFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return (await readSourceText(uri.fsPath, path.relative(process.cwd(), uri.fsPath))).text;
    }
}

const CommandLineModule: Module<ZelfscanSharedServices, DeepPartial<ZelfscanSharedServices>> = {
    workspace: {
        IndexManager: shared => new IndexManagerWithoutReferences(shared)
    }
};

/** The language services as a command line run uses them: files from disk, loaded once, checked once. */
export function createCommandLineServices(): ZelfscanLanguageServices {
    return createZelfscanServices({ fileSystemProvider: () => new SourceFileSystemProvider() }, CommandLineModule);
}
