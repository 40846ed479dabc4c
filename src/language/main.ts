import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startZelfscanServer } from './server.js';

// The language server for both file kinds, spoken to over stdio or Node IPC.
startZelfscanServer(createConnection(ProposedFeatures.all));
