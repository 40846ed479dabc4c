import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerBuildStatus } from './build-status.js';
import { registerReportRequests } from './report-request.js';
import { registerSheetRequests } from './sheet-requests.js';
import { createZelfscanServices } from './zelfscan-module.js';

// The language server for both file kinds, spoken to over stdio or Node IPC.
const connection = createConnection(ProposedFeatures.all);
const services = createZelfscanServices({ connection, ...NodeFileSystem });
// Before the server starts listening, so no request of the extension can arrive unanswered.
registerReportRequests(connection, services);
registerBuildStatus(connection, services.shared);
registerSheetRequests(connection, services);
startLanguageServer(services.shared);
