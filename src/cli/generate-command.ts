import type { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildBlankForm } from '../domain/blank-form.js';
import { buildChangelog } from '../domain/changelog.js';
import { buildComparisonReport, DEFAULT_MINIMUM_GROUP_SIZE } from '../domain/comparison-report.js';
import { buildRegionReport } from '../domain/region-report.js';
import { ReportError } from '../domain/report-error.js';
import {
    BlankFormSchema, ChangelogSchema, ComparisonReportSchema, RegionReportSchema, ReportLanguageSchema, type Report, type ReportLanguage
} from '../domain/report-model.js';
import type { Model } from '../language/generated/ast.js';
import {
    changelogInput, modelNodeOfDocument, modelOfDocument, regionReportInput, scanOfDocument, type RegionReportInput
} from '../language/report-inputs.js';
import { renderReport } from '../report/render.js';
import { findingsOf, formatFinding } from './findings.js';
import { documentsInUse, loadWorkspace, type LoadedWorkspace } from './load-workspace.js';
import { ExitCode } from './validate-command.js';
import { isSourceFile, UsageError } from './workspace-files.js';
import { slug } from '../domain/slug.js';
import { writeFileAtomically } from './atomic-write.js';

export interface GenerateOptions {
    readonly out: string;
    readonly format?: string;
    readonly json?: boolean;
    readonly vergelijk?: boolean;
    readonly anoniem?: boolean;
    readonly minimum?: string;
    readonly formulier?: boolean;
    readonly changelog?: boolean;
    readonly taal?: string;
    readonly werkruimte?: string;
}

export interface GenerateOutput {
    /** Written paths and error listings: what scripts read. */
    readonly out: (line: string) => void;
    /** Progress and explanations. */
    readonly err: (line: string) => void;
}

type OutputFormat = 'html' | 'md' | 'json';

/** One report to write, under a file name without extension. */
interface PlannedReport {
    readonly name: string;
    readonly report: Report;
}

/** Above this many reports the command reports its progress on stderr. */
const PROGRESS_THRESHOLD = 20;

/**
 * `zelfscan generate`: validates the given files, refuses when any loaded file has errors, then writes the
 * requested reports into the output folder. Each file is written to a temporary file beside it and renamed,
 * so a reader never sees half a report, and nothing is ever written outside the output folder.
 */
export async function generateCommand(paths: readonly string[], options: GenerateOptions, io: GenerateOutput): Promise<number> {
    try {
        const formats = outputFormats(options);
        const language = reportLanguage(options.taal);
        const minimum = minimumGroupSize(options.minimum);
        const workspace = await loadWorkspace(paths.length > 0 ? paths : ['.'], options.werkruimte ?? process.cwd());
        if (reportErrors(workspace, io)) {
            return ExitCode.Invalid;
        }
        const outDir = path.resolve(options.out);
        await checkOutputFolder(outDir, options.out, workspace);
        const planned = planReports(workspace, options, minimum);
        await fs.mkdir(outDir, { recursive: true });
        const showProgress = planned.length > PROGRESS_THRESHOLD;
        const step = Math.max(1, Math.floor(planned.length / 10));
        for (const [index, { name, report }] of planned.entries()) {
            for (const format of formats) {
                const file = await writeInside(outDir, `${name}.${format}`, contentOf(report, format, language));
                io.out(path.relative(process.cwd(), file) || file);
            }
            if (showProgress && ((index + 1) % step === 0 || index + 1 === planned.length)) {
                io.err(`Rapporten: ${index + 1} van ${planned.length}`);
            }
        }
        return ExitCode.Ok;
    } catch (error) {
        if (error instanceof UsageError || error instanceof ReportError) {
            io.err(`zelfscan: ${error.message}`);
            return ExitCode.Usage;
        }
        throw error;
    }
}

function outputFormats(options: GenerateOptions): OutputFormat[] {
    const given = options.format;
    if (given !== undefined && !['html', 'md', 'all'].includes(given)) {
        throw new UsageError(`Onbekend formaat '${given}'. Kies html, md of all.`);
    }
    // --json alone writes only JSON; with --format it comes on top.
    const formats: OutputFormat[] = given === 'all' ? ['html', 'md'] : given ? [given as OutputFormat] : options.json ? [] : ['html'];
    return options.json ? [...formats, 'json'] : formats;
}

function reportLanguage(text: string | undefined): ReportLanguage {
    const parsed = ReportLanguageSchema.safeParse(text ?? 'nl');
    if (!parsed.success) {
        throw new UsageError(`Onbekende taal '${text}'. Kies nl of en.`);
    }
    return parsed.data;
}

function minimumGroupSize(text: string | undefined): number {
    if (text === undefined) {
        return DEFAULT_MINIMUM_GROUP_SIZE;
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

/** Reports go into a folder of their own: never among the model and scan files they come from. */
async function checkOutputFolder(outDir: string, given: string, workspace: LoadedWorkspace): Promise<void> {
    const stat = await fs.stat(outDir).catch(() => undefined);
    if (stat && !stat.isDirectory()) {
        throw new UsageError(`'${given}' bestaat al en is geen map. Kies met --out een (nieuwe) map voor de rapporten.`);
    }
    // Compare real paths, so that a symbolic link cannot smuggle the output folder into a source folder.
    const realOut = stat ? await fs.realpath(outDir) : outDir;
    const folders = new Map<string, string>();
    for (const file of workspace.all.map(d => d.uri.fsPath)) {
        const folder = path.dirname(file);
        if (!folders.has(folder)) {
            folders.set(folder, file);
        }
    }
    let source: string | undefined;
    for (const [folder, file] of folders) {
        const realFolder = await fs.realpath(folder).catch(() => folder);
        if (isInside(outDir, file) || isInside(realOut, path.join(realFolder, path.basename(file)))) {
            source = file;
            break;
        }
    }
    if (source) {
        throw new UsageError(`De uitvoermap '${given}' bevat bronbestanden (${path.relative(process.cwd(), source)}). Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten.`);
    }
}

function isInside(folder: string, file: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function planReports(workspace: LoadedWorkspace, options: GenerateOptions, minimum: number): PlannedReport[] {
    const scans = workspace.targets.filter(d => scanOfDocument(d) !== undefined);
    const scanInputs = () => {
        if (scans.length === 0) {
            throw new UsageError('Er zijn geen regioscans (.regioscan) gevonden in de opgegeven paden.');
        }
        return scans.map(document => {
            const input = regionReportInput(document, workspace.services);
            if (!input) {
                throw new ReportError(`Bij ${path.relative(process.cwd(), document.uri.fsPath)} is het model niet gevonden.`);
            }
            return input;
        });
    };
    const planned: PlannedReport[] = [];
    const comparison = options.vergelijk || options.anoniem;
    if (!comparison && !options.formulier && !options.changelog) {
        planned.push(...scanInputs().map(({ model, scan }: RegionReportInput) => ({ name: slug(scan.region, 'regio'), report: buildRegionReport(model, scan) })));
    }
    if (comparison) {
        const report = buildComparisonReport(scanInputs(), { anonymous: !!options.anoniem, minimumGroupSize: minimum });
        planned.push({ name: options.anoniem ? 'vergelijking-anoniem' : 'vergelijking', report });
    }
    if (options.formulier || options.changelog) {
        const models = modelDocuments(workspace);
        if (models.length === 0) {
            throw new UsageError('Er zijn geen modellen (.zelfscan) gevonden in de opgegeven paden of bij de opgegeven scans.');
        }
        for (const document of models) {
            const model = modelOfDocument(document, workspace.services)!;
            const stem = `${slug(model.key.name, 'model')}-${model.key.version}`;
            if (options.formulier) {
                planned.push({ name: `formulier-${stem}`, report: buildBlankForm(model) });
            }
            if (options.changelog) {
                const input = changelogInput(document, workspace.services)!;
                planned.push({ name: `changelog-${stem}`, report: buildChangelog(input.model, input.base) });
            }
        }
    }
    return uniqueNames(planned);
}

/** The model files asked for; when only scans were given, the model versions those scans name. */
function modelDocuments(workspace: LoadedWorkspace): LangiumDocument[] {
    const given = workspace.targets.filter(d => modelNodeOfDocument(d) !== undefined);
    if (given.length > 0) {
        return given;
    }
    const named = new Set<Model>();
    for (const document of workspace.targets) {
        const model = scanOfDocument(document)?.model?.ref;
        if (model) {
            named.add(model);
        }
    }
    return workspace.all.filter(d => named.has(modelNodeOfDocument(d)!));
}

/** Two regions with the same name get `-2`, `-3`, … in the order their files were given. */
function uniqueNames(planned: readonly PlannedReport[]): PlannedReport[] {
    const used = new Set<string>();
    return planned.map(entry => {
        let name = entry.name;
        for (let n = 2; used.has(name); n++) {
            name = `${entry.name}-${n}`;
        }
        used.add(name);
        return { ...entry, name };
    });
}


function contentOf(report: Report, format: OutputFormat, language: ReportLanguage): string {
    if (format === 'json') {
        return JSON.stringify(validated(report), null, 2) + '\n';
    }
    return renderReport(report, format, { language });
}

/** The report model as JSON promises it: checked against its schema, unknown fields dropped. */
function validated(report: Report): Report {
    switch (report.kind) {
        case 'regio': return RegionReportSchema.parse(report);
        case 'vergelijking': return ComparisonReportSchema.parse(report);
        case 'formulier': return BlankFormSchema.parse(report);
        case 'changelog': return ChangelogSchema.parse(report);
    }
}

/** Writes a file atomically inside `outDir`; refuses any name that would land elsewhere or replace a source file. */
async function writeInside(outDir: string, fileName: string, content: string): Promise<string> {
    const target = path.resolve(outDir, fileName);
    if (path.dirname(target) !== outDir || isSourceFile(target)) {
        throw new UsageError(`Weigert te schrijven naar '${target}': dat valt buiten de uitvoermap of is een bronbestand.`);
    }
    try {
        await writeFileAtomically(target, content, { replace: true });
    } catch (error) {
        throw new UsageError(`Kon '${target}' niet schrijven: ${error instanceof Error ? error.message : String(error)}`);
    }
    return target;
}

export function registerGenerateCommand(program: Command): void {
    program.command('generate')
        .description('Maak rapporten (HTML, Markdown of JSON) van regioscans en modellen; standaard één regiorapport per scan.')
        .argument('[paden...]', 'bestanden of mappen (standaard: de huidige map)')
        .requiredOption('--out <map>', 'map waarin de rapporten komen (nooit een map met bronbestanden)')
        .option('--format <formaat>', 'html, md of all (standaard html)')
        .option('--json', 'ook (of, zonder --format, alleen) het rapportmodel als JSON schrijven')
        .option('--vergelijk', 'één vergelijking van alle regioscans')
        .option('--anoniem', 'de vergelijking zonder regionamen en andere herleidbare gegevens')
        .option('--minimum <aantal>', `minimaal aantal regioscans voor een anonieme vergelijking (standaard ${DEFAULT_MINIMUM_GROUP_SIZE})`)
        .option('--formulier', 'een leeg scanformulier per model')
        .option('--changelog', 'de wijzigingen van elke modelversie ten opzichte van de versie die ze uitbreidt')
        .option('--taal <taal>', 'taal van de rapporten: nl of en (standaard nl)')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen voor losse scanbestanden (standaard: huidige map)')
        .action(async (paths: string[], options: GenerateOptions) => {
            process.exitCode = await generateCommand(paths, options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
