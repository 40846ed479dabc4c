import type { Command } from 'commander';
import { formatFinding } from './findings.js';
import { validateFiles } from './validate-files.js';

export interface ValidateOptions {
    readonly json?: boolean;
    readonly strict?: boolean;
    readonly werkruimte?: string;
    /** False with `--geen-cache`: check every file from scratch and leave the cache as it is. */
    readonly cache?: boolean;
}

/**
 * Exit codes of the command line: 0 clean (or warnings only), 1 a problem in the input (errors in the files, a
 * report the input does not allow), 2 a usage or I/O problem, 70 an unexpected error (a defect; the stack trace
 * is printed). 70 is EX_SOFTWARE of BSD's sysexits.h.
 */
export const ExitCode = { Ok: 0, Invalid: 1, Usage: 2, Crash: 70 } as const;

export async function validateCommand(paths: string[], options: ValidateOptions, out: (text: string) => void,
    err?: (text: string) => void): Promise<number> {
    const files = await validateFiles(paths.length > 0 ? paths : ['.'], options.werkruimte ?? process.cwd(), { cache: options.cache !== false }, err);
    const findings = files.flatMap(file => file.findings);
    const errors = findings.filter(f => f.severity === 'fout').length;
    const warnings = findings.filter(f => f.severity === 'waarschuwing').length;
    if (options.json) {
        out(JSON.stringify({ files: files.length, errors, warnings, findings }, null, 2));
    } else {
        findings.map(formatFinding).forEach(out);
        out(summary(files.length, errors, warnings));
    }
    return errors > 0 || (options.strict && warnings > 0) ? ExitCode.Invalid : ExitCode.Ok;
}

function summary(files: number, errors: number, warnings: number): string {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return `${plural(files, 'bestand', 'bestanden')} gecontroleerd: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}.`;
}

export function registerValidateCommand(program: Command): void {
    program.command('validate')
        .description('Controleer bestanden en mappen; meldingen als bestand:regel:kolom ernst melding.')
        .argument('[paden...]', 'bestanden of mappen (standaard: de huidige map)')
        .option('--json', 'meldingen als JSON, voor andere programma\'s')
        .option('--strict', 'ook bij waarschuwingen eindigen met status 1')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen voor losse scanbestanden (standaard: huidige map)')
        .option('--geen-cache', 'controleer alles opnieuw; gebruik en wijzig de cache van ongewijzigde scans niet')
        .action(async (paths: string[], options: ValidateOptions & { geenCache?: boolean }) => {
            process.exitCode = await validateCommand(paths, { ...options, cache: !options.geenCache }, line => process.stdout.write(line + '\n'));
        });
}
