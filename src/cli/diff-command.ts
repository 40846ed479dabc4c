import type { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gitComparison, GitSnapshots } from './git-revisions.js';
import { buildChangelog } from '../domain/changelog.js';
import { modelKeyLabel } from '../domain/model-key.js';
import type { Change } from '../domain/report-model.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import { diffScans, scanDiffOrderOf, type ScanChange } from '../domain/scan-diff.js';
import type { ScanData } from '../domain/scan-data.js';
import { isModel, isRegionScan } from '../language/generated/ast.js';
import { buildScanData } from '../language/scan-data-builder.js';
import { changeLineText } from '../report/change-texts.js';
import { diffTexts, modelChangeSection, regionFigureChangeText, scanChangeText, scanVerdictLines } from '../report/diff-texts.js';
import { scanVerdict, type ScanVerdict } from '../domain/scan-verdict.js';
import type { ScanName } from '../domain/scan-migration.js';
import type { ModelKey } from '../domain/model-definition.js';
import { sameModelKey } from '../domain/model-key.js';
import { keyOfModel } from '../language/model-definition-builder.js';
import { scanNames } from '../language/scan-migration.js';
import { regionFigureChanges, type RegionFigureChange } from '../domain/region-figure-changes.js';
import { buildRegionReport } from '../domain/region-report.js';
import { ReportError } from '../domain/report-error.js';
import { reportLanguage } from './generate-command.js';
import type { RegionReport, ReportLanguage } from '../domain/report-model.js';
import { loadWorkspace } from './load-workspace.js';
import { ExitCode } from './validate-command.js';
import { MODEL_EXTENSION, SCAN_EXTENSION, UsageError } from './workspace-files.js';
import { formatDecimal } from '../report/format.js';
import { mdHeading, mdInline, mdList } from '../report/markdown.js';

/*
 * `zelfscan diff <voor> <na>`: what changed between two versions of one scan or one model, in words.
 *
 * In git, as the diff of every model and scan file (`git diff`; `git log -p` and `git show` with --ext-diff):
 *
 *     # .gitattributes
 *     *.zelfscan  diff=zelfscan
 *     *.regioscan diff=zelfscan
 *
 *     git config diff.zelfscan.command "zelfscan diff --git"
 *
 * or for one command only, without attributes:
 *
 *     GIT_EXTERNAL_DIFF="zelfscan diff --git" git diff --ext-diff -- '*.regioscan' '*.zelfscan'
 *
 * git then calls `zelfscan diff --git path old-file old-hex old-mode new-file new-hex new-mode` (two more
 * arguments after a rename: the new path and a description), with /dev/null for the missing side of an added
 * or deleted file. git stops at the first external diff that does not exit with 0, so with --git a diff with
 * changes also exits 0; only errors give 2. `git diff --no-ext-diff` shows the line diff again.
 *
 * Without git calling: `zelfscan diff --git <rev> [<rev2>] [paden…]` compares each model and scan file that
 * differs between the revision and the working tree (or the second revision). The two forms are told apart by
 * the shape of the arguments (isExternalDiffCall): git's are seven or nine, with object ids and file modes.
 *
 * As a difftool, which receives two files:
 *
 *     git config difftool.zelfscan.cmd 'zelfscan diff "$LOCAL" "$REMOTE"'
 *     git difftool --tool=zelfscan -y
 *
 * The old version of a model is loaded with the models of the working tree as context, so the version it
 * extends is the one checked out now.
 */

export interface DiffOptions {
    readonly json?: boolean;
    /** `tekst` (default), `md` (a Markdown summary for a pull-request comment) or `json` (as --json). */
    readonly format?: string;
    readonly git?: boolean;
    readonly werkruimte?: string;
    /** The language of the output: nl (default) or en. Errors stay Dutch, as with the other commands. */
    readonly taal?: string;
}

export interface DiffOutput {
    /** The changes (or the JSON): what scripts and reviewers read. */
    readonly out: (line: string) => void;
    /** Errors and warnings. */
    readonly err: (line: string) => void;
}

type FileKind = 'regioscan' | 'model';

/** One side of the comparison: the file to read and the name to show for it. */
interface Side {
    readonly label: string;
    /** Undefined for the missing side of an added or deleted file (git passes /dev/null). */
    readonly file?: string;
}

/** The JSON output: the same for scans and models, so that a script needs one reader. */
export interface DiffJson {
    readonly kind: FileKind;
    readonly before: string;
    readonly after: string;
    /** Set when one side does not exist: the file as a whole was added or deleted. */
    readonly file?: 'toegevoegd' | 'verwijderd';
    /**
     * ScanChange (src/domain/scan-diff.ts) for a scan, Change (the changelog's) for a model; each with `text`,
     * the line the text output shows, in the language of --taal.
     */
    readonly changes: ReadonlyArray<(ScanChange | Change) & { readonly text: string }>;
    /** For a scan whose two sides have a region report: what the changes do to its means and flags. */
    readonly figures?: ReadonlyArray<RegionFigureChange & { readonly text: string }>;
    /** For a model: whether the scans in the workspace on the old version can follow the new one, with its lines. */
    readonly verdict?: ScanVerdict & { readonly text: readonly string[] };
}

/** A side that cannot be read as a model or scan: shown as file:line:col and ends the command with status 2. */
class SyntaxProblem extends Error {}

const NO_FILE = '/dev/null';

export async function diffCommand(first: string, second: string | undefined, rest: readonly string[], options: DiffOptions, io: DiffOutput): Promise<number> {
    try {
        if (options.format !== undefined && !['tekst', 'md', 'json'].includes(options.format)) {
            throw new UsageError(`--format kent tekst, md en json, niet '${options.format}'.`);
        }
        const output: OutputOptions = {
            json: !!options.json || options.format === 'json',
            markdown: options.format === 'md' && !options.json,
            language: reportLanguage(options.taal),
            werkruimte: options.werkruimte ?? process.cwd()
        };
        const args = [first, ...(second === undefined ? [] : [second]), ...rest];
        if (options.git && isExternalDiffCall(args)) {
            // git stops at an external diff that does not exit with 0, so a difference is no failure here.
            const [before, after] = externalDiffSides(args);
            const result = await diffPair(before, after, output, true, io);
            if (result.json) {
                io.out(JSON.stringify(result.json, null, 2));
            }
            return ExitCode.Ok;
        }
        if (options.git) {
            return await diffRevisions(args, output, io);
        }
        if (second === undefined) {
            throw new UsageError("het argument 'na' ontbreekt. Zie 'zelfscan --help'.");
        }
        if (rest.length > 0) {
            throw new UsageError(`diff vergelijkt twee bestanden, maar kreeg er ${args.length}. Gebruik: zelfscan diff <voor> <na>.`);
        }
        const result = await diffPair(side(first, first), side(second, second), output, false, io);
        if (result.json) {
            io.out(JSON.stringify(result.json, null, 2));
        }
        return result.changed ? ExitCode.Invalid : ExitCode.Ok;
    } catch (error) {
        if (error instanceof UsageError || error instanceof SyntaxProblem) {
            io.err(error instanceof UsageError ? `zelfscan: ${error.message}` : error.message);
            return ExitCode.Usage;
        }
        throw error;
    }
}

interface OutputOptions {
    readonly json: boolean;
    readonly markdown: boolean;
    readonly language: ReportLanguage;
    readonly werkruimte: string;
}

/**
 * One file compared: the changes printed (text or Markdown), or as JSON returned to the caller, which prints
 * one object or, for several files, an array. `header`: name both sides first, as git does not for an external diff.
 */
async function diffPair(before: Side, after: Side, output: OutputOptions, header: boolean, io: DiffOutput): Promise<{ changed: boolean; json?: DiffJson }> {
    const { language, markdown } = output;
    const t = diffTexts(language);
    const kind = fileKind(before, after);
    if (markdown) {
        io.out(mdHeading(3, t.changesIn(mdInline(after.file ? after.label : before.label))));
        io.out('');
    } else if (header && !output.json) {
        io.out(`zelfscan diff ${before.label} ${after.label}`);
    }
    const found: FileDiff = !before.file || !after.file ? { changes: [] } : kind === 'regioscan'
        ? await diffScanFiles(before, after, output.werkruimte)
        : await diffModelFiles(before, after, output.werkruimte, io);
    const { changes } = found;
    const file = !before.file ? 'toegevoegd' : !after.file ? 'verwijderd' : undefined;
    const changed = file !== undefined || changes.length > 0;
    if (output.json) {
        return {
            changed, json: {
                kind, before: before.label, after: after.label, ...(file ? { file } : {}), changes: withTexts(kind, changes, language),
                ...(found.figures ? { figures: found.figures.map(figure => ({ ...figure, text: regionFigureChangeText(figure, language) })) } : {}),
                ...(found.verdict ? { verdict: { ...found.verdict, text: verdictTexts(found.verdict, language) } } : {})
            }
        };
    }
    if (file) {
        io.out(file === 'toegevoegd' ? t.newFile : t.deletedFile);
    } else {
        const verdict = found.verdict ? verdictTexts(found.verdict, language).map(text => ({ section: t.scansSection, text })) : [];
        const lines = [...changeLines(kind, changes, language), ...figureLines(found.figures ?? [], language), ...verdict];
        printLines(lines, changes.length, language, markdown, io);
    }
    return { changed };
}

/**
 * `--git <rev> [<rev2>] [paden…]`: each model and scan file that differs between the revision and the working
 * tree (or the second revision), one after the other as the external diff shows them; JSON as one array.
 * Exit status as for two files: 1 when any file differs.
 */
async function diffRevisions(args: readonly string[], output: OutputOptions, io: DiffOutput): Promise<number> {
    const comparison = gitComparison(args, process.cwd());
    const snapshots = new GitSnapshots(comparison.top);
    try {
        const shown = (file: string) => path.relative(process.cwd(), path.join(comparison.top, file)) || file;
        const results: Array<{ changed: boolean; json?: DiffJson }> = [];
        for (const file of comparison.files) {
            const before: Side = file.before === undefined ? { label: NO_FILE } : { label: `a/${shown(file.before)}`, file: snapshots.fileAt(comparison.from, file.before) };
            const after: Side = file.after === undefined ? { label: NO_FILE }
                : { label: `b/${shown(file.after)}`, file: comparison.to ? snapshots.fileAt(comparison.to, file.after) : path.join(comparison.top, file.after) };
            results.push(await diffPair(before, after, output, true, io));
            if (output.markdown) {
                io.out('');
            }
        }
        if (output.json) {
            io.out(JSON.stringify(results.map(result => result.json), null, 2));
        } else if (results.length === 0) {
            io.out(diffTexts(output.language).noChanges);
        }
        return results.some(result => result.changed) ? ExitCode.Invalid : ExitCode.Ok;
    } finally {
        snapshots.dispose();
    }
}

/**
 * The arguments git passes to an external diff: `path old-file old-hex old-mode new-file new-hex new-mode`,
 * two more after a rename. Told apart from `--git <rev> [<rev2>] [paden…]` by their shape: seven or nine,
 * with an object id (or `.`) third and sixth and a file mode (or `.`) fourth and seventh.
 */
export function isExternalDiffCall(args: readonly string[]): boolean {
    const hex = (text: string | undefined) => text !== undefined && /^(?:[0-9a-f]{4,64}|\.)$/.test(text);
    const mode = (text: string | undefined) => text !== undefined && /^(?:[0-7]{6}|\.)$/.test(text);
    return (args.length === 7 || args.length === 9) && hex(args[2]) && mode(args[3]) && hex(args[5]) && mode(args[6]);
}

/** The two sides of an external-diff call, named as git names them (a/…, b/…). */
function externalDiffSides(args: readonly string[]): [Side, Side] {
    const newPath = args.length === 9 ? args[7]! : args[0]!;
    return [side(`a/${args[0]}`, args[1]!), side(`b/${newPath}`, args[4]!)];
}

function side(label: string, file: string): Side {
    return file === NO_FILE ? { label: NO_FILE } : { label, file };
}

/** Both sides must be of one kind; the label carries the real name (git's temporary files keep the extension). */
function fileKind(before: Side, after: Side): FileKind {
    const kindOf = (s: Side): FileKind | 'onbekend' | undefined => s.file === undefined ? undefined
        : s.label.endsWith(MODEL_EXTENSION) || s.file.endsWith(MODEL_EXTENSION) ? 'model'
        : s.label.endsWith(SCAN_EXTENSION) || s.file.endsWith(SCAN_EXTENSION) ? 'regioscan' : 'onbekend';
    const kinds = [kindOf(before), kindOf(after)];
    for (const [index, kind] of kinds.entries()) {
        if (kind === 'onbekend') {
            throw new UsageError(`'${[before, after][index]!.label}' is geen ${MODEL_EXTENSION}- of ${SCAN_EXTENSION}-bestand.`);
        }
    }
    const known = kinds.filter((k): k is FileKind => k !== undefined && k !== 'onbekend');
    if (known.length === 0) {
        throw new UsageError('Geef ten minste één bestaand bestand.');
    }
    if (known.length === 2 && known[0] !== known[1]) {
        throw new UsageError(`'${before.label}' en '${after.label}' zijn niet van dezelfde soort: vergelijk twee versies van één regioscan (${SCAN_EXTENSION}) of van één model (${MODEL_EXTENSION}).`);
    }
    return known[0]!;
}

/** What differs between two versions of a file; for a scan also what that does to its region report. */
interface FileDiff {
    readonly changes: ReadonlyArray<ScanChange | Change>;
    /** Absent where a side's model is not found or has no usable scale: there is no region report to compare. */
    readonly figures?: readonly RegionFigureChange[];
    /** For a model: whether the scans in the workspace on the old version can follow the new one. */
    readonly verdict?: ScanVerdict;
}

async function diffScanFiles(before: Side, after: Side, werkruimte: string): Promise<FileDiff> {
    const old = await loadScan(before, werkruimte);
    const current = await loadScan(after, werkruimte);
    // Model order from the new version's model; without it (not found), the order of the files.
    const model = current.model ?? old.model;
    const changes = diffScans(old.scan, current.scan, model && scanDiffOrderOf(model));
    const oldReport = regionReportOf(old);
    const currentReport = regionReportOf(current);
    return { changes, ...(oldReport && currentReport ? { figures: regionFigureChanges(oldReport, currentReport) } : {}) };
}

/** The region report of one side, read against the model that side names. */
function regionReportOf(side: { scan: ScanData; model?: ResolvedModel }): RegionReport | undefined {
    try {
        return side.model && buildRegionReport(side.model, side.scan);
    } catch (error) {
        if (error instanceof ReportError) {
            return undefined;
        }
        throw error;
    }
}

async function diffModelFiles(before: Side, after: Side, werkruimte: string, io: DiffOutput): Promise<FileDiff> {
    const old = await loadModel(before, werkruimte, io);
    const current = await loadModel(after, werkruimte, io);
    return { changes: modelChanges(old, current), verdict: scanVerdict(old, current, await scansOn(old.key, werkruimte)) };
}

/** The names used by each scan in the workspace folder that is made against `key`. */
async function scansOn(key: ModelKey, werkruimte: string): Promise<Array<Array<ScanName<unknown>>>> {
    const workspace = await loadWorkspace([werkruimte], werkruimte, () => undefined);
    return workspace.targets.map(document => document.parseResult.value)
        .filter(isRegionScan)
        .filter(scan => scan.model?.ref !== undefined && sameModelKey(keyOfModel(scan.model.ref), key))
        .map(scan => scanNames(scan));
}

function modelChanges(old: ResolvedModel, current: ResolvedModel): Change[] {
    const changes: Change[] = [];
    const keyText = (model: ResolvedModel) => modelKeyLabel(model.key);
    if (keyText(old) !== keyText(current)) {
        changes.push({ kind: 'instelling', name: 'versie', change: 'gewijzigd', details: [{ field: 'versie', change: 'gewijzigd', before: old.key, after: current.key }] });
    }
    const baseText = (model: ResolvedModel) => model.chain[1] && modelKeyLabel(model.chain[1]);
    if (baseText(old) !== baseText(current)) {
        const change = baseText(old) === undefined ? 'toegevoegd' : baseText(current) === undefined ? 'vervallen' : 'gewijzigd';
        changes.push({
            kind: 'instelling', name: 'basis', change,
            details: [{ field: 'basis', change, before: old.chain[1] ?? '', after: current.chain[1] ?? '' }]
        });
    }
    // The old version plays the part of the base: what the new version changes relative to it.
    return [...changes, ...buildChangelog(current, old).changes];
}

/**
 * Each side is loaded in a workspace of its own, with the models of the working folder as context: two
 * versions of one model carry the same name and version, and in one workspace they would be duplicates.
 */
async function loadSide(side: Side, werkruimte: string) {
    const file = side.file!;
    if (!(await fs.stat(file).catch(() => undefined))?.isFile()) {
        throw new UsageError(`'${side.label}' bestaat niet of is geen bestand.`);
    }
    const workspace = await loadWorkspace([file], werkruimte);
    const document = workspace.targets[0]!;
    const problem = firstSyntaxError(document);
    if (problem) {
        throw new SyntaxProblem(`${side.label}:${problem.line}:${problem.column} fout ${problem.message}\n`
            + `zelfscan: '${side.label}' bevat een syntaxfout en kan niet vergeleken worden. Herstel die eerst ('zelfscan validate' noemt alle fouten).`);
    }
    return { workspace, root: document.parseResult.value };
}

async function loadScan(side: Side, werkruimte: string): Promise<{ scan: ScanData; model?: ResolvedModel }> {
    const { workspace, root } = await loadSide(side, werkruimte);
    if (!isRegionScan(root)) {
        throw new UsageError(`'${side.label}' is geen regioscan.`);
    }
    return { scan: buildScanData(root), model: workspace.services.shared.models.ResolvedModels.ofScan(root)?.resolved };
}

async function loadModel(side: Side, werkruimte: string, io: DiffOutput): Promise<ResolvedModel> {
    const { workspace, root } = await loadSide(side, werkruimte);
    if (!isModel(root)) {
        throw new UsageError(`'${side.label}' is geen model.`);
    }
    const resolution = workspace.services.shared.models.ResolvedModels.of(root);
    if (resolution.brokenBase || resolution.cycle) {
        // Without the whole chain the resolved model lacks what it inherits: the diff would show that as removed.
        io.err(`zelfscan: let op: bij '${side.label}' is niet elke versie gevonden die het model uitbreidt; wat het daarvan overneemt, ontbreekt in de vergelijking. Geef met --werkruimte de map met die versies.`);
    }
    return resolution.resolved;
}

/** The first lexer or parser error, by position in the file. */
function firstSyntaxError(document: LangiumDocument): { line: number; column: number; message: string } | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const end = document.textDocument.getText().length;
    const found = [
        ...lexerErrors.map(e => ({ offset: e.offset, message: e.message })),
        // The end-of-file token has no offset of its own (NaN or -1).
        ...parserErrors.map(e => ({ offset: e.token.startOffset >= 0 ? e.token.startOffset : end, message: e.message }))
    ].sort((a, b) => a.offset - b.offset)[0];
    if (!found) {
        return undefined;
    }
    const position = document.textDocument.positionAt(found.offset);
    return { line: position.line + 1, column: position.character + 1, message: found.message };
}

/** The changes as lines, each with the title of its section, in the order they are shown. */
function changeLines(kind: FileKind, changes: ReadonlyArray<ScanChange | Change>, language: ReportLanguage): Array<{ section: string; text: string }> {
    return kind === 'regioscan'
        ? (changes as ScanChange[]).map(c => ({ section: diffTexts(language).section[c.section], text: scanChangeText(c, language) }))
        : (changes as Change[]).map(c => ({ section: modelChangeSection(c.kind, language), text: changeLineText(c, language) }));
}

/** Each change with the line that words it, for the JSON. */
function withTexts(kind: FileKind, changes: ReadonlyArray<ScanChange | Change>, language: ReportLanguage) {
    const lines = changeLines(kind, changes, language);
    return changes.map((change, index) => ({ ...change, text: lines[index]!.text }));
}

/** The lines grouped by section, in their order. */
function bySection(lines: ReadonlyArray<{ section: string; text: string }>): Array<{ section: string; texts: string[] }> {
    const groups: Array<{ section: string; texts: string[] }> = [];
    for (const line of lines) {
        if (groups.at(-1)?.section !== line.section) {
            groups.push({ section: line.section, texts: [] });
        }
        groups.at(-1)!.texts.push(line.text);
    }
    return groups;
}

/**
 * The figure changes as lines: the means, then the flags. A mean that moves less than the report's one
 * decimal shows (3,2 → 3,2) is left out here; the JSON keeps it with its exact values.
 */
function figureLines(figures: readonly RegionFigureChange[], language: ReportLanguage): Array<{ section: string; text: string }> {
    const t = diffTexts(language);
    return figures
        .filter(figure => figure.kind !== 'gemiddelde' || formatDecimal(figure.before, language) !== formatDecimal(figure.after, language))
        .map(figure => ({ section: figure.kind === 'gemiddelde' ? t.meansSection : t.flagsSection, text: regionFigureChangeText(figure, language) }));
}

/** The verdict and, indented, what blocks the scans. */
function verdictTexts(verdict: ScanVerdict, language: ReportLanguage): string[] {
    const lines = scanVerdictLines(verdict, language);
    return [lines.verdict, ...lines.items.map(item => `  ${item}`)];
}

function countText(n: number, language: ReportLanguage): string {
    const t = diffTexts(language);
    return n === 0 ? t.noChanges : t.changeCount(n);
}

/**
 * One heading per section, one indented line per change, and the count of changes; as Markdown for a
 * pull-request comment, a bold title per section and a list.
 */
function printLines(lines: ReadonlyArray<{ section: string; text: string }>, count: number, language: ReportLanguage, markdown: boolean, io: DiffOutput): void {
    for (const group of bySection(lines)) {
        if (markdown) {
            io.out(`**${mdInline(group.section)}**`);
            io.out('');
            io.out(mdList(group.texts.map(mdInline)));
            io.out('');
        } else {
            io.out(group.section);
            group.texts.forEach(text => io.out(`  ${text}`));
        }
    }
    io.out(countText(count, language));
}

export function registerDiffCommand(program: Command): void {
    program.command('diff')
        .description('Toon wat er inhoudelijk verschilt tussen twee versies van één regioscan of één model. '
            + 'Status 0: geen verschil, 1: wel verschil, 2: fout.')
        .argument('<voor>', 'de oude versie (met --git: een revisie)')
        .argument('[na]', 'de nieuwe versie')
        .argument('[meer...]', 'met --git: een tweede revisie en paden, of de overige argumenten die git aan een externe diff meegeeft')
        .option('--json', 'de wijzigingen als JSON, voor andere programma\'s')
        .option('--format <vorm>', 'tekst (standaard), md (een samenvatting in Markdown, voor een pull request) of json')
        .option('--git', 'vergelijk met git: --git <revisie> [<revisie2>] [paden…] toont elk model en elke scan die verschilt tussen de revisie en de werkmap (of de tweede revisie); '
            + 'met de 7 argumenten die git aan een externe diff meegeeft (pad oud-bestand oud-hash oud-modus nieuw-bestand nieuw-hash nieuw-modus) de aanroep door git, die ook bij verschil eindigt met status 0')
        .option('--werkruimte <map>', 'map waaruit modellen worden geladen (standaard: huidige map)')
        .option('--taal <taal>', 'taal van de uitvoer: nl of en (standaard nl)')
        .action(async (first: string, second: string | undefined, rest: string[], options: DiffOptions) => {
            // A pager that is closed early (git's `less`, `| head`) is no error: the reader has seen enough.
            process.stdout.on('error', (error: NodeJS.ErrnoException) => {
                if (error.code !== 'EPIPE') {
                    throw error;
                }
                process.exit(process.exitCode ?? ExitCode.Ok);
            });
            process.exitCode = await diffCommand(first, second, rest, options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
