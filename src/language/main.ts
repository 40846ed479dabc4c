import '../node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createZelfscanServices } from './zelfscan-module.js';

// The language server for both file kinds, spoken to over stdio or Node IPC.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createZelfscanServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
