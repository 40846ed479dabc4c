import './young-generation.js';
import { Command, CommanderError } from 'commander';
import { dutchPlaceholder, dutchTitle, dutchUsageError } from './command-line-texts.js';
import { registerDiffCommand } from './diff-command.js';
import { registerExportCommand } from './export-command.js';
import { registerFmtCommand } from './fmt-command.js';
import { registerGenerateCommand } from './generate-command.js';
import { registerImportCommand } from './import-command.js';
import { registerMigrateCommand } from './migrate-command.js';
import { registerNewCommand } from './new-command.js';
import { registerTextconvCommand } from './textconv-command.js';
import { ExitCode, registerValidateCommand } from './validate-command.js';
import { UsageError } from './workspace-files.js';
import { asRefusal } from '../app/refusal.js';

const program = new Command('zelfscan')
    .description('Controleer zelfscan-modellen (.zelfscan) en regioscans (.regioscan) en maak er rapporten van.')
    .exitOverride()
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon de hulp bij een opdracht')
    .configureHelp({ styleTitle: dutchTitle, styleOptionText: dutchPlaceholder, styleSubcommandText: dutchPlaceholder })
    .configureOutput({
        writeErr: text => process.stderr.write(text),
        outputError: (text, write) => write(dutchUsageError(text))
    });

program.addHelpText('after', [
    '',
    'Afsluitstatus:',
    '  0   gelukt (waarschuwingen mogen, behalve met --strict)',
    '  1   een probleem in de invoer: fouten in de bestanden, of een rapport dat de invoer niet toelaat',
    '      (te weinig regio\'s voor een anonieme vergelijking, scans van verschillende modellen of schalen)',
    '      (bij diff en fmt --check: er is een verschil)',
    '  2   een gebruiks- of I/O-probleem: een onbekende optie, een --minimum onder dat van het model,',
    '      een pad dat niet bestaat,',
    '      een uitvoermap met bronbestanden, een bestand dat niet te lezen of te schrijven is',
    `  ${ExitCode.Crash}  een onverwachte fout in zelfscan zelf; de stacktrace staat erbij`
].join('\n'));

// Each command lives in its own module and registers itself here.
registerValidateCommand(program);
registerFmtCommand(program);
registerGenerateCommand(program);
registerDiffCommand(program);
registerMigrateCommand(program);
registerNewCommand(program);
registerImportCommand(program);
registerExportCommand(program);
registerTextconvCommand(program);

program.parseAsync(process.argv).catch(exitFor);
process.on('uncaughtException', exitFor);

/** The exit status and message of an error that ended a command (see ExitCode). */
function exitFor(error: unknown): void {
    if (error instanceof CommanderError) {
        process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        return;
    }
    const refusal = asRefusal(error);
    if (error instanceof UsageError || refusal || isSystemError(error)) {
        process.stderr.write(`zelfscan: ${(refusal ?? error as Error).message}\n`);
        process.exitCode = refusal?.reason === 'invoer' ? ExitCode.Invalid : ExitCode.Usage;
        return;
    }
    // Not a problem of the input, the call or the file system: a defect. Its stack trace is what a bug report needs.
    process.stderr.write(`zelfscan: onverwachte fout (status ${ExitCode.Crash}); meld dit met de uitvoer hieronder.\n`);
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(ExitCode.Crash);
}

/** An error of the operating system (a file that cannot be read, a full disk): an I/O problem, not a defect. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
    const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
    return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof syscall === 'string';
}
