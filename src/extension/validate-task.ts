import * as vscode from 'vscode';

/** The task type in tasks.json: `{ "type": "zelfscan", "opdracht": "validate" }`. */
export const TASK_TYPE = 'zelfscan';

/**
 * "zelfscan: validate" as a task: the command line bundled with the extension checks the workspace folder, and the
 * problem matchers `$zelfscan-fout` and `$zelfscan-waarschuwing` turn its lines (`bestand:regel:kolom ernst
 * melding [code]`) into entries in the Problems panel, the same as `npx zelfscan validate` in a terminal.
 */
export function registerValidateTask(context: vscode.ExtensionContext): void {
    const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.cjs').fsPath;
    context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
        provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map(folder => validateTask(cli, folder)),
        resolveTask: task => {
            const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
            return folder && task.definition.opdracht === 'validate' ? validateTask(cli, folder, task.definition) : undefined;
        }
    }));
}

function validateTask(cli: string, folder: vscode.WorkspaceFolder, definition: vscode.TaskDefinition = { type: TASK_TYPE, opdracht: 'validate' }): vscode.Task {
    // The extension host's own runtime runs the bundled command line; in Electron it must act as plain Node.
    const execution = new vscode.ProcessExecution(process.execPath, [cli, 'validate', '.'], {
        cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' }
    });
    const task = new vscode.Task(definition, folder, 'validate', 'zelfscan', execution, ['$zelfscan-fout', '$zelfscan-waarschuwing']);
    task.group = vscode.TaskGroup.Test;
    task.detail = 'Controleer alle modellen en regioscans van de map (zelfscan validate)';
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
}
