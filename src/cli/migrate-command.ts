import type { Command } from 'commander';
import * as path from 'node:path';
import { writeFileAtomically } from '../app/atomic-write.js';
import { modelKeyLabel } from '../domain/model-key.js';
import { isModel, isRegionScan } from '../language/generated/ast.js';
import { migrateScan } from '../language/scan-migration.js';
import { loadWorkspace } from './load-workspace.js';
import { chooseModel, modelsOf } from './new-command.js';
import { ExitCode } from './validate-command.js';
import { UsageError } from './workspace-files.js';

export interface MigrateOptions {
    readonly naar: string;
    readonly write?: boolean;
    readonly werkruimte?: string;
}

export interface MigrateOutput {
    /** The migrated texts (without --write) and what was written. */
    readonly out: (text: string) => void;
    /** Refusals and their blocking lines. */
    readonly err: (line: string) => void;
}

/**
 * `zelfscan migrate <scans…> --naar "<Model> versie <v>"`: moves each scan to a later version of its model,
 * following every rename on the way, or refuses it with each line that uses what the target no longer has.
 * Without --write the result is printed; with --write each changed scan is rewritten atomically in the
 * canonical layout. A scan already on the target is left alone, so a second run changes nothing.
 * Exit status as for validate: 0 every scan moved (or already there), 1 a scan refused, 2 a usage or I/O problem.
 */
export async function migrateCommand(paths: readonly string[], options: MigrateOptions, io: MigrateOutput): Promise<number> {
    try {
        if (paths.length === 0) {
            throw new UsageError('Geef de regioscans die mee moeten naar de nieuwe versie, bijvoorbeeld: zelfscan migrate scans --naar "Regieneming versie 1.2".');
        }
        const workspace = await loadWorkspace(paths, options.werkruimte ?? process.cwd());
        const chosen = chooseModel(modelsOf(workspace), options.naar, options.werkruimte ?? '.');
        const target = chosen.documents[0]!.parseResult.value;
        if (!isModel(target)) {
            throw new UsageError(`'${options.naar}' is geen model.`);
        }
        const label = modelKeyLabel(chosen.resolved.key);
        const scans = workspace.targets.filter(document => isRegionScan(document.parseResult.value));
        const counts = { bijgewerkt: 0, 'al-op-versie': 0, geweigerd: 0 };
        for (const document of scans) {
            const shown = path.relative(process.cwd(), document.uri.fsPath);
            const result = migrateScan(document, target, workspace.services.shared.models.ResolvedModels, workspace.services.shared);
            counts[result.kind]++;
            if (result.kind === 'geweigerd') {
                for (const blocker of result.blockers) {
                    io.err(`${shown}:${blocker.range.start.line + 1}:${blocker.range.start.character + 1} ${blocker.message}`);
                }
                io.err(`zelfscan: '${shown}' blijft op zijn versie: ${result.reason}`
                    + (result.blockers.length > 0 ? ' Pas die regels aan, of houd de scan op de versie waarmee hij gemaakt is.' : ''));
            } else if (options.write) {
                if (result.kind === 'bijgewerkt') {
                    await writeFileAtomically(document.uri.fsPath, result.text, { existing: 'through-link' });
                }
                io.out(`${shown} ${result.kind === 'bijgewerkt' ? `bijgewerkt naar ${label}` : `staat al op ${label}`}`);
            } else {
                if (scans.length > 1) {
                    io.out(`==> ${shown} <==`);
                }
                io.out((result.kind === 'bijgewerkt' ? result.text : document.textDocument.getText()).replace(/\n$/, ''));
            }
        }
        const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
        const summary = `${plural(scans.length, 'scan', 'scans')}: ${counts.bijgewerkt} ${options.write ? 'bijgewerkt' : 'bij te werken'}, `
            + `${counts['al-op-versie']} al op ${label}, ${counts.geweigerd} geweigerd.`;
        (options.write ? io.out : io.err)(summary);
        return counts.geweigerd > 0 ? ExitCode.Invalid : ExitCode.Ok;
    } catch (error) {
        if (error instanceof UsageError) {
            io.err(`zelfscan: ${error.message}`);
            return ExitCode.Usage;
        }
        throw error;
    }
}

export function registerMigrateCommand(program: Command): void {
    program.command('migrate')
        .description('Breng regioscans naar een nieuwere versie van hun model, hernoemingen inbegrepen; '
            + 'een scan die iets gebruikt wat die versie niet meer kent, blijft staan (met de regels erbij).')
        .argument('<scans...>', 'regioscans of mappen')
        .requiredOption('--naar <model>', 'de nieuwe versie, bijvoorbeeld "Regieneming versie 1.2"')
        .option('--write', 'de scans herschrijven (anders alleen tonen)')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen (standaard: huidige map)')
        .action(async (paths: string[], options: MigrateOptions) => {
            process.exitCode = await migrateCommand(paths, options, {
                out: text => process.stdout.write(text + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
