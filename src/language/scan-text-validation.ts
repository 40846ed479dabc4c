import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextFinding } from '../domain/sheet-import.js';
import type { ZelfscanLanguageServices } from './zelfscan-module.js';

const SEVERITIES = ['fout', 'waarschuwing', 'info', 'hint'] as const;

/**
 * Validates a scan text that is not (yet) a file, with the same services and the same checks as every scan
 * of the workspace: it is added as a document at `uri`, built with validation, and removed again, so that
 * nothing else in the workspace sees it afterwards. The caller holds the workspace lock where there is one.
 */
export async function validateScanText(services: ZelfscanLanguageServices, uri: URI, text: string): Promise<TextFinding[]> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder, IndexManager } = services.shared.workspace;
    if (LangiumDocuments.hasDocument(uri)) {
        // The name of a scan that exists: the caller refuses to write there, and its document must stay.
        throw new Error(`Er is al een document ${uri.toString()}; een nieuwe scan wordt daar niet gecontroleerd.`);
    }
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    try {
        await DocumentBuilder.build([document], { validation: true });
        return (document.diagnostics ?? []).map(toTextFinding)
            .sort((a, b) => a.line - b.line);
    } finally {
        LangiumDocuments.deleteDocument(uri);
        IndexManager.remove(uri);
    }
}

function toTextFinding(diagnostic: Diagnostic): TextFinding {
    const code = (diagnostic.data as { code?: string } | undefined)?.code ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
    return {
        line: diagnostic.range.start.line,
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code
    };
}

/** `validateScanText` for one target name, in the shape the import takes. */
export function scanTextValidation(services: ZelfscanLanguageServices, uri: URI): (text: string) => Promise<TextFinding[]> {
    return text => validateScanText(services, uri, text);
}
