import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerBuildStatus } from './build-status.js';
import { registerReportRequests } from './report-request.js';
import { registerSheetRequests } from './sheet-requests.js';
import { SourceFileSystem } from './source-file-system.js';
import { createZelfscanServices, type ZelfscanLanguageServices } from './zelfscan-module.js';

/**
 * The language server for both file kinds on a connection: the editor features, the extension's own requests and
 * the build status. The bundled server (main.ts) gives it stdio or Node IPC; tests may give it an in-memory pipe.
 */
export function startZelfscanServer(connection: Connection): ZelfscanLanguageServices {
    const services = createZelfscanServices({ connection, ...SourceFileSystem });
    // Before the server starts listening, so no request of the extension can arrive unanswered.
    registerReportRequests(connection, services);
    registerBuildStatus(connection, services.shared);
    registerSheetRequests(connection, services);
    startLanguageServer(services.shared);
    return services;
}
