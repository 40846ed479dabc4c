import type { Command } from 'commander';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import { createZelfscanServices } from '../language/zelfscan-module.js';
import { formattedText } from '../language/zelfscan-formatter.js';
import { ExitCode } from './validate-command.js';
import { SourceTextProblem } from '../language/source-text.js';
import { readSourceText } from './source-text.js';
import { collectSourceFiles, skippedWarnings } from './workspace-files.js';
import { writeFileAtomically } from '../app/atomic-write.js';

export interface FmtOptions {
    readonly check?: boolean;
}

/**
 * Brings files into the canonical layout, the same one the editor's "format document" gives. A file with
 * syntax errors is reported and left exactly as it is; a changed file is written to a temporary file first
 * and then renamed over the original, so an interrupted run never leaves half a file.
 */
export async function fmtCommand(paths: string[], options: FmtOptions, out: (text: string) => void,
    err: (text: string) => void = line => process.stderr.write(line + '\n')): Promise<number> {
    const { files, skipped } = await collectSourceFiles(paths.length > 0 ? paths : ['.']);
    skippedWarnings(skipped).forEach(err);
    const services = createZelfscanServices(NodeFileSystem);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    let changed = 0;
    let broken = 0;
    let unreadable = 0;
    for (const file of files) {
        const shown = path.relative(process.cwd(), file);
        const source = await readSourceText(file, shown).catch((error: unknown) => {
            if (error instanceof SourceTextProblem) {
                return error;
            }
            throw error;
        });
        if (source instanceof SourceTextProblem) {
            // Another encoding: rewriting it would replace what cannot be decoded. It stays byte for byte.
            out(`${shown}:${source.line}:${source.column} niet opgemaakt: ${source.message}`);
            unreadable++;
            continue;
        }
        const document = factory.fromString(source.text, URI.file(file));
        const formatted = formattedText(document);
        if (formatted === undefined) {
            out(`${shown}:${syntaxErrorPosition(document.parseResult)} niet opgemaakt: het bestand bevat een syntaxfout. Herstel die eerst (zelfscan validate noemt hem).`);
            broken++;
            continue;
        }
        if (formatted === source.text) {
            continue;
        }
        changed++;
        if (options.check) {
            out(`${shown} is niet opgemaakt`);
        } else {
            // Through a symbolic link: the shared file it names is formatted and the link stays. A byte order
            // mark the file had stays too.
            await writeFileAtomically(file, (source.byteOrderMark ? '\uFEFF' : '') + formatted, { existing: 'through-link' });
            out(`${shown} opgemaakt`);
        }
    }
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    out(`${plural(files.length, 'bestand', 'bestanden')} gecontroleerd: ${changed} ${options.check ? 'niet opgemaakt' : 'opgemaakt'}` +
        (broken > 0 ? `, ${broken} overgeslagen wegens syntaxfouten` : '') +
        (unreadable > 0 ? `, ${unreadable} overgeslagen (geen UTF-8 of te groot)` : '') + '.');
    return broken + unreadable > 0 || (options.check && changed > 0) ? ExitCode.Invalid : ExitCode.Ok;
}

function syntaxErrorPosition(result: { lexerErrors: ReadonlyArray<{ line?: number; column?: number }>; parserErrors: ReadonlyArray<{ token: { startLine?: number; startColumn?: number } }> }): string {
    const lexer = result.lexerErrors[0];
    if (lexer) {
        return `${lexer.line ?? 1}:${lexer.column ?? 1}`;
    }
    const token = result.parserErrors[0]?.token;
    return Number.isFinite(token?.startLine) ? `${token.startLine}:${token.startColumn}` : '1:1';
}

export function registerFmtCommand(program: Command): void {
    program.command('fmt')
        .description('Maak bestanden op in de vaste opmaak (zoals "Document opmaken" in de editor).')
        .argument('[paden...]', 'bestanden of mappen (standaard: de huidige map)')
        .option('--check', 'niets schrijven; noem de bestanden die anders zouden worden en eindig dan met status 1')
        .action(async (paths: string[], options: FmtOptions) => {
            process.exitCode = await fmtCommand(paths, options, line => process.stdout.write(line + '\n'));
        });
}
