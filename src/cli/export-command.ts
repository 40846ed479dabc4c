import type { Command } from 'commander';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { scoreSheetBytes, sheetFormatOf } from '../app/sheet-writer.js';
import { scanOfDocument } from '../language/report-inputs.js';
import { scoreTableEntries } from '../language/score-table-inputs.js';
import { writeFileAtomically } from '../app/atomic-write.js';
import { findingsOf, formatFinding } from './findings.js';
import { reportLanguage } from './generate-command.js';
import { documentsInUse, loadWorkspace } from './load-workspace.js';
import { ExitCode } from './validate-command.js';
import { UsageError } from './workspace-files.js';

export interface ExportOptions {
    readonly out?: string;
    readonly breed?: boolean;
    readonly werkruimte?: string;
    readonly taal?: string;
}

export interface ExportOutput {
    /** The path of the written file. */
    readonly out: (line: string) => void;
    /** Errors in the scans and refusals. */
    readonly err: (line: string) => void;
}

/**
 * `zelfscan export`: the scores of the named scans as one CSV or xlsx file, long or (`--breed`) wide. Refuses
 * while a scan or its model has errors, never overwrites a file, and writes atomically.
 */
export async function exportCommand(paths: readonly string[], options: ExportOptions, io: ExportOutput): Promise<number> {
    try {
        if (!options.out) {
            throw new UsageError('Geef met --out het bestand, bijvoorbeeld --out scores.xlsx of --out scores.csv.');
        }
        const format = sheetFormatOf(options.out);
        if (!format) {
            throw new UsageError(`'${options.out}' eindigt niet op .csv of .xlsx. Kies bijvoorbeeld --out scores.xlsx.`);
        }
        const language = reportLanguage(options.taal);
        const target = path.resolve(options.out);
        if (await fs.lstat(target).catch(() => undefined)) {
            throw new UsageError(`'${options.out}' bestaat al en wordt niet overschreven. Kies een andere naam met --out.`);
        }
        const workspace = await loadWorkspace(paths.length > 0 ? paths : ['.'], options.werkruimte ?? process.cwd());
        const scans = workspace.targets.filter(document => scanOfDocument(document) !== undefined);
        if (scans.length === 0) {
            throw new UsageError(`Geen regioscan (.regioscan) gevonden in ${paths.length > 0 ? paths.map(p => `'${p}'`).join(', ') : 'de huidige map'}.`);
        }
        const errors = documentsInUse(workspace).flatMap(document => findingsOf(document).filter(f => f.severity === 'fout'));
        if (errors.length > 0) {
            errors.map(formatFinding).forEach(io.err);
            io.err(`zelfscan: ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`} in de scans of hun model; er is niets geschreven. Los ${errors.length === 1 ? 'die' : 'ze'} eerst op.`);
            return ExitCode.Invalid;
        }
        const bytes = await scoreSheetBytes(scoreTableEntries(scans, workspace.services), { format, wide: options.breed === true, language });
        await fs.mkdir(path.dirname(target), { recursive: true });
        try {
            await writeFileAtomically(target, bytes, { existing: 'new' });
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
                throw new UsageError(`'${options.out}' bestaat al en wordt niet overschreven. Kies een andere naam met --out.`);
            }
            throw new UsageError(`Kon '${options.out}' niet schrijven: ${(error as Error).message}`);
        }
        io.out(path.relative(process.cwd(), target) || target);
        return ExitCode.Ok;
    } catch (error) {
        if (error instanceof UsageError) {
            io.err(`zelfscan: ${error.message}`);
            return ExitCode.Usage;
        }
        throw error;
    }
}

export function registerExportCommand(program: Command): void {
    program.command('export')
        .description('Zet de scores van regioscans in een spreadsheet (.csv of .xlsx): een rij per respondent en rol, of met --breed een rij per respondent.')
        .argument('[paden...]', 'scanbestanden of mappen (standaard: de huidige map)')
        .option('--out <bestand>', 'het bestand dat wordt geschreven, .csv of .xlsx (verplicht; wordt nooit overschreven)')
        .option('--breed', 'een rij per respondent met een kolom per rol, in plaats van een rij per respondent en rol')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen voor losse scanbestanden (standaard: huidige map)')
        .option('--taal <taal>', 'taal van de kolomkoppen: nl of en (standaard nl); de inhoud van de scans blijft zoals geschreven')
        .action(async (paths: string[], options: ExportOptions) => {
            process.exitCode = await exportCommand(paths, options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
