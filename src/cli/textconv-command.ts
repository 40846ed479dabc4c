import type { Command } from 'commander';
import { EmptyFileSystem, URI } from 'langium';
import { readFileSync } from 'node:fs';
import { formattedText } from '../language/zelfscan-formatter.js';
import { createZelfscanServices } from '../language/zelfscan-module.js';
import { SourceTextProblem } from '../language/source-text.js';
import { readSourceText } from './source-text.js';
import { ExitCode } from './validate-command.js';

/**
 * `zelfscan textconv <bestand>`: the file in the canonical layout, for git's `textconv` (README): `git log -p` and
 * `git diff` then show what changed in a model or scan, not how it was laid out. Whatever cannot be formatted (a
 * syntax error, another encoding, a file over the size limit) is printed as it is, so git always has a text.
 */
export async function textconvCommand(file: string, out: (text: string | Buffer) => void): Promise<number> {
    const source = await readSourceText(file, file).catch((error: unknown) => {
        if (error instanceof SourceTextProblem) {
            return error;
        }
        throw error;
    });
    if (source instanceof SourceTextProblem) {
        out(readFileSync(file));
        return ExitCode.Ok;
    }
    const services = createZelfscanServices(EmptyFileSystem);
    // git hands over a temporary copy; its name keeps the extension, but a blob may have none: the first word decides.
    const extension = /\.(zelfscan|regioscan)$/.exec(file)?.[1] ?? (/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*model\b/.test(source.text) ? 'zelfscan' : 'regioscan');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.file(`/textconv/bestand.${extension}`));
    out(formattedText(document) ?? source.text);
    return ExitCode.Ok;
}

export function registerTextconvCommand(program: Command): void {
    program.command('textconv')
        .description('Druk een model of regioscan af in de vaste opmaak, voor git (textconv): git log -p en git diff tonen dan wat er inhoudelijk veranderde.')
        .argument('<bestand>', 'het bestand dat git aanreikt')
        .action(async (file: string) => {
            process.exitCode = await textconvCommand(file, text => process.stdout.write(text));
        });
}
