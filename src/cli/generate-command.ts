import type { Command } from 'commander';
import * as path from 'node:path';
import { asRefusal, type Refusal } from '../app/refusal.js';
import { REPORT_FORMATS, type ReportFileFormat } from '../app/report-content.js';
import { reportFileName } from '../app/report-file-names.js';
import { REPORT_KIND_NAMES, reportKind, type ReportKind } from '../app/report-kinds.js';
import { checkOutputFolder, writeReportFile } from '../app/report-output.js';
import { planReports } from '../app/report-plan.js';
import { reportSourcesOf } from '../app/report-sources.js';
import { DEFAULT_MINIMUM_GROUP_SIZE } from '../domain/comparison-report.js';
import { ReportLanguageSchema, type ReportLanguage } from '../domain/report-model.js';
import { findingsOf, formatFinding } from './findings.js';
import { documentsInUse, loadWorkspace, type LoadedWorkspace } from './load-workspace.js';
import { ExitCode } from './validate-command.js';
import { UsageError } from './workspace-files.js';

export interface GenerateOptions {
    readonly out: string;
    readonly format?: string;
    readonly json?: boolean;
    readonly minimum?: string;
    readonly taal?: string;
    readonly werkruimte?: string;
    /** The kinds' own options (`--vergelijk`, `--formulier`, …), named in the table of report kinds. */
    readonly [kindOption: string]: string | boolean | undefined;
}

export interface GenerateOutput {
    /** Written paths and error listings: what scripts read. */
    readonly out: (line: string) => void;
    /** Progress and explanations. */
    readonly err: (line: string) => void;
}

/** Above this many reports the command reports its progress on stderr. */
const PROGRESS_THRESHOLD = 20;

const OUTPUT_ADVICE = 'Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten.';

/**
 * `zelfscan generate`: the command-line adapter over the application layer (src/app). It reads the options,
 * loads and validates the files, refuses while any of them has errors, and writes what the plan says into
 * the output folder, each file atomically. Refusals because of the input exit 1, usage and I/O problems 2.
 */
export async function generateCommand(paths: readonly string[], options: GenerateOptions, io: GenerateOutput): Promise<number> {
    // Refusals are worded in the language asked for the reports, once it is known to be a valid one.
    let language: ReportLanguage = 'nl';
    try {
        const formats = outputFormats(options);
        language = reportLanguage(options.taal);
        const minimumGroupSize = minimumGroupSizeOf(options.minimum);
        const workspace = await loadWorkspace(paths.length > 0 ? paths : ['.'], options.werkruimte ?? process.cwd());
        if (reportErrors(workspace, io)) {
            return ExitCode.Invalid;
        }
        const outDir = path.resolve(options.out);
        await checkOutputFolder(outDir, { shown: options.out, advice: OUTPUT_ADVICE }, workspace.all.map(d => d.uri.fsPath));
        const sources = reportSourcesOf(workspace.targets, workspace.all, workspace.services);
        const jobs = planReports(sources, { kinds: askedKinds(options), minimumGroupSize, showPath: shown });
        // Every report is built before the first is written, so a refusal leaves the output folder untouched.
        const built = jobs.map(job => ({ job, report: job.build() }));
        const showProgress = built.length > PROGRESS_THRESHOLD;
        const step = Math.max(1, Math.floor(built.length / 10));
        for (const [index, { job, report }] of built.entries()) {
            for (const format of formats) {
                const file = await writeReportFile(outDir, reportFileName(job.stem, format), report.content(format, language));
                io.out(shown(file));
            }
            if (showProgress && ((index + 1) % step === 0 || index + 1 === built.length)) {
                io.err(`Rapporten: ${index + 1} van ${built.length}`);
            }
        }
        return ExitCode.Ok;
    } catch (error) {
        const refusal: Refusal | undefined = error instanceof UsageError ? undefined : asRefusal(error, language);
        if (error instanceof UsageError || refusal) {
            io.err(`zelfscan: ${(refusal ?? error as Error).message}`);
            return refusal?.reason === 'invoer' ? ExitCode.Invalid : ExitCode.Usage;
        }
        throw error;
    }
}

function shown(file: string): string {
    return path.relative(process.cwd(), file) || file;
}

function askedKinds(options: GenerateOptions): ReportKind[] {
    return REPORT_KIND_NAMES.filter(kind => {
        const commandLine = reportKind(kind).commandLine;
        return commandLine !== undefined && options[commandLine.option] === true;
    });
}

function outputFormats(options: GenerateOptions): ReportFileFormat[] {
    const given = options.format;
    if (given !== undefined && !['html', 'md', 'all'].includes(given)) {
        throw new UsageError(`Onbekend formaat '${given}'. Kies html, md of all.`);
    }
    // --json alone writes only JSON; with --format it comes on top.
    const formats: ReportFileFormat[] = given === 'all' ? ['html', 'md'] : given ? [given as ReportFileFormat] : options.json ? [] : ['html'];
    return REPORT_FORMATS.filter(format => formats.includes(format) || (format === 'json' && options.json));
}

/** `--taal`: nl (the default) or en. */
export function reportLanguage(text: string | undefined): ReportLanguage {
    const parsed = ReportLanguageSchema.safeParse(text ?? 'nl');
    if (!parsed.success) {
        throw new UsageError(`Onbekende taal '${text}'. Kies nl of en.`);
    }
    return parsed.data;
}

/** Undefined: the model's minimum; a given one may only raise it (the comparison refuses a lower one). */
function minimumGroupSizeOf(text: string | undefined): number | undefined {
    if (text === undefined) {
        return undefined;
    }
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1) {
        throw new UsageError(`--minimum verwacht een heel getal van 1 of meer, niet '${text}'.`);
    }
    return value;
}

/** Prints every error of the named files and the models they use, as `validate` does; true when there was one. */
function reportErrors(workspace: LoadedWorkspace, io: GenerateOutput): boolean {
    let errors = 0;
    let files = 0;
    for (const document of documentsInUse(workspace)) {
        const found = findingsOf(document).filter(finding => finding.severity === 'fout');
        files += found.length > 0 ? 1 : 0;
        errors += found.length;
        found.map(formatFinding).forEach(io.out);
    }
    if (errors > 0) {
        io.err(`Geen rapporten gemaakt: ${errors} ${errors === 1 ? 'fout' : 'fouten'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}. Los ${errors === 1 ? 'die' : 'ze'} eerst op; 'zelfscan validate' toont ook de waarschuwingen.`);
    }
    return errors > 0;
}

export function registerGenerateCommand(program: Command): void {
    const command = program.command('generate')
        .description('Maak rapporten (HTML, Markdown of JSON) van regioscans en modellen; standaard één regiorapport per scan.')
        .argument('[paden...]', 'bestanden of mappen (standaard: de huidige map)')
        .requiredOption('--out <map>', 'map waarin de rapporten komen (nooit een map met bronbestanden, nooit via een symbolische koppeling)')
        .option('--format <formaat>', 'html, md of all (standaard html)')
        .option('--json', 'ook (of, zonder --format, alleen) het rapportmodel als JSON schrijven');
    for (const kind of REPORT_KIND_NAMES) {
        const commandLine = reportKind(kind).commandLine;
        if (commandLine) {
            command.option(`--${commandLine.option}`, `${commandLine.description} (bestand ${kind}.…)`);
        }
    }
    command
        .option('--minimum <aantal>', `minimaal aantal regio's voor een anonieme vergelijking, alleen hoger dan het minimum van het model (zonder opgave in het model ${DEFAULT_MINIMUM_GROUP_SIZE})`)
        .option('--taal <taal>', 'taal van de rapporten: nl of en (standaard nl)')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen voor losse scanbestanden (standaard: huidige map)')
        .addHelpText('after', [
            '',
            'Bestandsnamen: <soort>.<onderwerp>.<formaat>, bijvoorbeeld regio.regio-noord.html, formulier.regieneming-1.1.md,',
            'wijzigingen.regieneming-1.1.html, ontwikkeling.regio-noord.html, vergelijking.html en vergelijking-anoniem.html.'
        ].join('\n'))
        .action(async (paths: string[], options: GenerateOptions) => {
            process.exitCode = await generateCommand(paths, options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
