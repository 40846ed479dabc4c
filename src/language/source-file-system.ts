import { UriUtils, type FileSystemNode, type LangiumSharedCoreServices, type URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { promises as fs, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { NotARegularFile, readSourceFile, SourceTextProblem } from './source-text.js';
import type { SourceTextProblems } from './source-text-problems.js';
import type { ZelfscanSharedServices } from './zelfscan-module.js';

/**
 * Reads the workspace's files as the command line does (source-text.ts), for the files the editor has not opened:
 * a file that is not usable text reads as empty and its problem is remembered, so that it gets one diagnostic
 * saying what is wrong and how to fix it instead of a lexer error per character; it is never written. A folder
 * lists a symbolic link to a regular file as a file, and a FIFO, device or socket as neither, so none is opened.
 */
export class SourceFileSystemProvider extends NodeFileSystemProvider {

    constructor(private readonly problems: SourceTextProblems) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        // Each read in a turn of the event loop of its own: the thousands of a workspace read at once then never hold
        // up the editor's messages or the diagnostics already on their way to it.
        await new Promise(resolve => setImmediate(resolve));
        return this.readFileSync(uri);
    }

    override readFileSync(uri: URI): string {
        try {
            const text = readSourceFile(uri.fsPath).text;
            this.problems.set(uri, undefined);
            return text;
        } catch (error) {
            // A file that became a FIFO or a device since it was listed (the walk leaves them out).
            const problem = error instanceof NotARegularFile ? new SourceTextProblem(error.file, 1, 1, `Dit bestand is ${error.message}`) : error;
            if (problem instanceof SourceTextProblem) {
                this.problems.set(uri, problem);
                return '';
            }
            throw error;
        }
    }

    override async readDirectory(folder: URI): Promise<FileSystemNode[]> {
        const entries = await fs.readdir(folder.fsPath, { withFileTypes: true });
        return Promise.all(entries.map(async entry => {
            const uri = UriUtils.joinPath(folder, entry.name);
            return node(uri, entry, entry.isSymbolicLink() ? await fs.stat(uri.fsPath).catch(() => undefined) : entry);
        }));
    }

    override readDirectorySync(folder: URI): FileSystemNode[] {
        return readdirSync(folder.fsPath, { withFileTypes: true }).map(entry => {
            const uri = UriUtils.joinPath(folder, entry.name);
            return node(uri, entry, entry.isSymbolicLink() ? targetSync(uri.fsPath) : entry);
        });
    }
}

/**
 * A link counts as a file if it points to a regular file; a link to a folder is not followed (no walk goes round in
 * circles), as on the command line.
 */
function node(uri: URI, entry: Dirent, target: { isFile(): boolean } | undefined): FileSystemNode {
    return { isFile: target?.isFile() ?? false, isDirectory: entry.isDirectory(), uri };
}

function targetSync(file: string): Stats | undefined {
    try {
        return statSync(file);
    } catch {
        return undefined; // a broken link or a circle of links: nothing to read
    }
}

/** The file system of the language server and the command line, in the form Langium's `NodeFileSystem` has. */
export const SourceFileSystem = {
    fileSystemProvider: (services: LangiumSharedCoreServices) =>
        new SourceFileSystemProvider((services as ZelfscanSharedServices).workspace.SourceTextProblems)
};
