import { Command, CommanderError } from 'commander';
import { dutchPlaceholder, dutchTitle, dutchUsageError } from './command-line-texts.js';
import { registerDiffCommand } from './diff-command.js';
import { registerFmtCommand } from './fmt-command.js';
import { registerGenerateCommand } from './generate-command.js';
import { registerNewCommand } from './new-command.js';
import { ExitCode, registerValidateCommand } from './validate-command.js';
import { UsageError } from './workspace-files.js';

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

// Each command lives in its own module and registers itself here.
registerValidateCommand(program);
registerFmtCommand(program);
registerGenerateCommand(program);
registerDiffCommand(program);
registerNewCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
    if (error instanceof CommanderError) {
        process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        return;
    }
    const message = error instanceof UsageError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`zelfscan: ${message}\n`);
    process.exitCode = ExitCode.Usage;
});
