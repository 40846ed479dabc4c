import type * as vscode from 'vscode';

export const MODEL_LANGUAGE = 'zelfscan';
export const SCAN_LANGUAGE = 'regioscan';

export function isZelfscanDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document !== undefined && (document.languageId === MODEL_LANGUAGE || document.languageId === SCAN_LANGUAGE);
}
