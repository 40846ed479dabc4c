import { URI, type LangiumDocument } from 'langium';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { loadFolder, REPO_ROOT, type TestWorkspace } from '../helpers/workspace.js';

/** The multi-file fixture of the editor tests: two model versions and two scans. */
export const FIXTURE = path.join(REPO_ROOT, 'test/language/fixtures/werkruimte');

export function loadFixture(): Promise<TestWorkspace> {
    return loadFolder(FIXTURE);
}

/** The position of the `occurrence`-th match of `needle` in a document, plus `shift` characters. */
export function positionOf(document: LangiumDocument, needle: string, shift = 0, occurrence = 1): Position {
    const text = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) {
            throw new Error(`'${needle}' not found ${occurrence} times in ${document.uri.path}`);
        }
    }
    return document.textDocument.positionAt(index + shift);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), [...edits]);
}

/** Applies a workspace edit to the texts of the documents it touches; returns file name (relative) → new text. */
export function applyWorkspaceEdit(ws: TestWorkspace, edit: WorkspaceEdit): Map<string, string> {
    const result = new Map<string, string>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = path.relative(FIXTURE, URI.parse(uri).fsPath);
        result.set(name, applyEdits(ws.doc(name).textDocument.getText(), edits));
    }
    return result;
}

/** The URI of a (possibly not yet existing) file in the fixture workspace, e.g. a scan a test opens. */
export function fixtureUri(relativePath: string): string {
    return URI.file(path.join(FIXTURE, relativePath)).toString();
}
