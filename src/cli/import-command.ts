import type { Command } from 'commander';
import { URI } from 'langium';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { importSpreadsheet } from '../app/import-spreadsheet.js';
import { SheetReadError } from '../app/sheet-reader.js';
import { scanFileName } from '../domain/scan-skeleton.js';
import type { ExplicitColumn } from '../domain/sheet-columns.js';
import { isSheetError } from '../domain/sheet-problems.js';
import { importModel } from '../domain/sheet-rows.js';
import { validateScanText } from '../language/scan-text-validation.js';
import { describeMapping, importTextsFor } from '../report/sheet-mapping-texts.js';
import { formatSheetProblem } from '../report/sheet-problem-texts.js';
import { reportLanguage } from './generate-command.js';
import { loadWorkspace } from './load-workspace.js';
import { chooseFocus, chooseModel, modelsOf, reportModelErrors, writeNew } from './new-command.js';
import { ExitCode } from './validate-command.js';
import { UsageError } from './workspace-files.js';

export interface ImportOptions {
    readonly model?: string;
    readonly regio?: string;
    readonly focus?: string;
    readonly map?: string;
    readonly werkruimte?: string;
    readonly blad?: string;
    readonly kolom?: readonly string[];
    readonly koppeling?: string;
    readonly toonKoppeling?: boolean;
    readonly namenTonen?: boolean;
    readonly taal?: string;
}

export interface ImportOutput {
    /** The mapping (with --toon-koppeling) and the path of the written file. */
    readonly out: (line: string) => void;
    /** Problems and refusals. */
    readonly err: (line: string) => void;
}

/** A mapping file: `{ "<kop in het blad>": "<doel>" }`, e.g. `{ "Vraag 3": "Verbinder", "Organisatie": "partij" }`. */
const MappingFileSchema = z.record(z.string(), z.string());

/**
 * `zelfscan import`: a spreadsheet with one row per respondent becomes a new region scan. Every row is
 * checked and the resulting text is validated as any scan; only without errors is the scan written, atomically
 * and never over an existing file.
 */
export async function importCommand(file: string, options: ImportOptions, io: ImportOutput): Promise<number> {
    try {
        const language = reportLanguage(options.taal);
        const texts = importTextsFor(language);
        const region = options.regio?.trim() ?? '';
        if (region === '') {
            throw new UsageError('Geef de regio een naam met --regio, bijvoorbeeld --regio "Regio Noord".');
        }
        const explicit = [...await mappingFile(options.koppeling), ...(options.kolom ?? []).map(parseColumnFlag)];
        const workspace = await loadWorkspace([], options.werkruimte ?? process.cwd());
        const chosen = chooseModel(modelsOf(workspace), options.model, options.werkruimte ?? '.');
        if (reportModelErrors(chosen, io)) {
            return ExitCode.Invalid;
        }
        const focus = chooseFocus(chosen.resolved, options.focus);
        const folder = path.resolve(options.map ?? '.');
        const fileName = scanFileName(region);
        const target = path.join(folder, fileName);
        if (await fs.lstat(target).catch(() => undefined)) {
            throw new UsageError(`'${shown(target)}' bestaat al en wordt niet overschreven. Kies een andere regionaam of map (--map).`);
        }
        const result = await importSpreadsheet({
            file, sheet: options.blad, model: importModel(chosen.resolved), region, focus, explicit, namesVisible: options.namenTonen === true,
            validate: text => validateScanText(workspace.services, URI.file(target), text)
        });
        const source = result.sheetName === undefined ? file : `${file} [${result.sheetName}]`;
        if (options.toonKoppeling) {
            io.out(texts.mappingOf(source));
            describeMapping(result.plan.mapping, language).forEach(line => io.out(`  ${line}`));
            if (result.plan.converted.otherRegionRows > 0) {
                io.out(`  ${texts.otherRegionRows(result.plan.converted.otherRegionRows)}`);
            }
        }
        result.problems.map(problem => formatSheetProblem(source, problem, language)).forEach(io.err);
        if (!result.ok) {
            io.err(`zelfscan: ${texts.nothingWritten(result.problems.filter(isSheetError).length, source)}`);
            return ExitCode.Invalid;
        }
        const written = await writeNew(folder, fileName, result.plan.text);
        io.out(shown(written));
        return ExitCode.Ok;
    } catch (error) {
        if (error instanceof SheetReadError) {
            io.err(`zelfscan: ${error.message}`);
            return error.inInput ? ExitCode.Invalid : ExitCode.Usage;
        }
        if (error instanceof UsageError) {
            io.err(`zelfscan: ${error.message}`);
            return ExitCode.Usage;
        }
        throw error;
    }
}

function shown(file: string): string {
    return path.relative(process.cwd(), file) || file;
}

/** `--kolom "<kop>=<doel>"`; the last `=` separates, since a header may hold one. */
function parseColumnFlag(text: string): ExplicitColumn {
    const at = text.lastIndexOf('=');
    if (at <= 0 || at === text.length - 1) {
        throw new UsageError(`--kolom verwacht "<kop>=<doel>", bijvoorbeeld --kolom "Vraag 3=Verbinder"; gekregen: '${text}'.`);
    }
    return { header: text.slice(0, at).trim(), target: text.slice(at + 1).trim() };
}

async function mappingFile(file: string | undefined): Promise<ExplicitColumn[]> {
    if (file === undefined) {
        return [];
    }
    const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(error.code === 'ENOENT' ? `Het koppelingsbestand '${file}' bestaat niet.` : `Kon '${file}' niet lezen: ${error.message}`);
    });
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        throw new UsageError(`Het koppelingsbestand '${file}' is geen geldige JSON: ${(error as Error).message}`);
    }
    const parsed = MappingFileSchema.safeParse(json);
    if (!parsed.success) {
        throw new UsageError(`Het koppelingsbestand '${file}' moet een object zijn van kop naar doel, bijvoorbeeld { "Vraag 3": "Verbinder", "Organisatie": "partij" }.`);
    }
    return Object.entries(parsed.data).map(([header, target]) => ({ header, target }));
}

export function registerImportCommand(program: Command): void {
    program.command('import')
        .description('Maak een regioscan van een spreadsheet (.csv of .xlsx) met één rij per respondent; schrijft niets zolang een rij fouten heeft.')
        .argument('<bestand>', 'het .csv- of .xlsx-bestand, bijvoorbeeld de export van een online formulier')
        .option('--regio <naam>', 'naam van de regio, bijvoorbeeld "Regio Noord" (verplicht); de bestandsnaam komt hiervan')
        .option('--model <model>', 'modelversie, bijvoorbeeld "Regieneming versie 1.1" (standaard: de nieuwste versie van het enige model)')
        .option('--focus <focus>', 'focus van de scan, bijvoorbeeld po_vo (nodig als het model meer dan één focus kent)')
        .option('--map <map>', 'map waarin de scan komt (standaard: de huidige map)')
        .option('--werkruimte <map>', 'map waaruit de modellen worden geladen (standaard: de huidige map)')
        .option('--blad <naam>', 'het blad van een werkmap met meer dan één blad (naam of nummer)')
        .option('--kolom <kop=doel>', 'koppel een kolom zelf, bijvoorbeeld "Vraag 3=Verbinder", "Org=partij" of "Opmerking=negeer" (herhaalbaar)',
            (value: string, previous: string[] = []) => [...previous, value])
        .option('--koppeling <bestand>', 'JSON-bestand met de koppeling { "<kop>": "<doel>" }')
        .option('--toon-koppeling', 'toon welke kolom bij welke rol, partij, … hoort')
        .option('--namen-tonen', "schrijf 'namen tonen' in de scan, zodat rapporten en exports de namen uit de kolom Naam tonen (alleen met instemming van de respondenten)")
        .option('--taal <taal>', 'taal van de meldingen en de koppeling: nl of en (standaard nl); de scan zelf blijft Nederlands')
        .action(async (file: string, options: ImportOptions) => {
            process.exitCode = await importCommand(file, options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
