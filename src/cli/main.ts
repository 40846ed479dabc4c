import '../node-compat.js';
import { Command, CommanderError } from 'commander';
import { ExitCode, validateCommand } from './validate-command.js';
import { UsageError } from './workspace-files.js';

const program = new Command('zelfscan')
    .description('Controleer zelfscan-modellen (.zelfscan) en regioscans (.regioscan) en maak er rapporten van.')
    .exitOverride()
    .configureOutput({ writeErr: text => process.stderr.write(text) });

program.command('validate')
    .description('Controleer bestanden en mappen; meldingen als bestand:regel:kolom ernst melding.')
    .argument('[paden...]', 'bestanden of mappen (standaard: de huidige map)')
    .option('--json', 'meldingen als JSON, voor andere programma\'s')
    .option('--strict', 'ook bij waarschuwingen eindigen met status 1')
    .option('--werkruimte <map>', 'map waaruit modellen worden geladen voor losse scanbestanden (standaard: huidige map)')
    .action(async (paths: string[], options) => {
        process.exitCode = await validateCommand(paths, options, line => process.stdout.write(line + '\n'));
    });

program.parseAsync(process.argv).catch((error: unknown) => {
    if (error instanceof CommanderError) {
        process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    } else if (error instanceof UsageError) {
        process.stderr.write(`zelfscan: ${error.message}\n`);
        process.exitCode = ExitCode.Usage;
    } else {
        process.stderr.write(`zelfscan: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = ExitCode.Usage;
    }
});
