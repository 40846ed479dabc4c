import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { BUILD_STATUS_NOTIFICATION, type BuildStatus } from './status-protocol.js';

/**
 * Tells the client when a build starts and after each part of it has been validated (models go first), with the
 * number of documents not yet checked, so the editor can show "checking N files" and then the problems.
 * Counting walks every document of the workspace; it is done once the current step of the build yields, not
 * before an edit's build starts, so a scan's diagnostics do not wait for it (two walks of 10,000 documents per
 * keystroke otherwise). An edit checked before that reports nothing, as nothing was left waiting.
 */
export function registerBuildStatus(connection: Connection, shared: LangiumSharedCoreServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    let last = -1;
    const send = () => {
        const checking = documents.all.filter(document => document.state < DocumentState.Validated).count();
        if (checking !== last) {
            last = checking;
            void connection.sendNotification(BUILD_STATUS_NOTIFICATION, { checking } satisfies BuildStatus);
        }
    };
    let scheduled = false;
    const schedule = () => {
        if (!scheduled) {
            scheduled = true;
            setTimeout(() => {
                scheduled = false;
                send();
            }, 0);
        }
    };
    builder.onUpdate(schedule);
    builder.onBuildPhase(DocumentState.Validated, schedule);
}
