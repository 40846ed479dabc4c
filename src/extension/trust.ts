import * as vscode from 'vscode';

/**
 * Commands that write files (reports, comparisons) run only in a trusted folder. In Restricted Mode they stay in
 * the menus but say why they do nothing and offer to trust the folder; reading features work everywhere.
 */
export async function whenTrusted<T>(run: () => Promise<T> | T): Promise<T | undefined> {
    if (vscode.workspace.isTrusted) {
        return run();
    }
    const trust = 'Map vertrouwen…';
    // Not awaited: the command is done (it did nothing); the notice stays until the user answers or closes it.
    void vscode.window.showWarningMessage(
        'Deze opdracht schrijft bestanden en werkt daarom alleen in een vertrouwde map. In de beperkte modus werken '
        + 'kleuring, meldingen, hover en het rapportvoorbeeld wel.', trust).then(choice => {
        if (choice === trust) {
            void vscode.commands.executeCommand('workbench.trust.manage');
        }
    });
    return undefined;
}
