import type { Command } from 'commander';
import { AstUtils, type LangiumDocument } from 'langium';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { closestName } from '../domain/closest-name.js';
import { compareVersions, modelKeyLabel } from '../domain/model-key.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import { scanFileName, scanSkeleton, skeletonModel } from '../domain/scan-skeleton.js';
import { isModel } from '../language/generated/ast.js';
import { findingsOf, formatFinding } from './findings.js';
import { loadWorkspace, type LoadedWorkspace } from './load-workspace.js';
import { ExitCode } from './validate-command.js';
import { UsageError } from './workspace-files.js';
import { writeFileAtomically } from '../app/atomic-write.js';

export interface NewOptions {
    readonly model?: string;
    readonly regio?: string;
    readonly focus?: string;
    readonly map?: string;
    readonly werkruimte?: string;
}

export interface NewOutput {
    /** The path of the written file: what scripts read. */
    readonly out: (line: string) => void;
    /** Refusals and the errors behind them. */
    readonly err: (line: string) => void;
}

/** A model version of the workspace with the documents it is built from (itself and the versions it extends). */
export interface AvailableModel {
    readonly resolved: ResolvedModel;
    readonly documents: readonly LangiumDocument[];
}

/**
 * `zelfscan nieuw`: the command-line twin of the editor's "Nieuwe regioscan vanuit een model". Writes the same
 * skeleton into `<map>/<regio>.regioscan`, atomically and never over an existing file.
 */
export async function newCommand(options: NewOptions, io: NewOutput): Promise<number> {
    try {
        const region = options.regio?.trim() ?? '';
        if (region === '') {
            throw new UsageError('Geef de regio een naam met --regio, bijvoorbeeld --regio "Regio Noord".');
        }
        const folder = options.werkruimte ?? process.cwd();
        const models = await availableModels(folder);
        const chosen = chooseModel(models, options.model, options.werkruimte ?? '.');
        if (reportModelErrors(chosen, io)) {
            return ExitCode.Invalid;
        }
        const model = skeletonModel(chosen.resolved);
        const focus = chooseFocus(chosen.resolved, options.focus);
        const target = await writeNew(path.resolve(options.map ?? '.'), scanFileName(region), scanSkeleton(model, region, focus));
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

/** Every model version under the folder, resolved; of several copies of one version, the loader keeps one. */
async function availableModels(folder: string): Promise<AvailableModel[]> {
    return modelsOf(await loadWorkspace([], folder));
}

/** Every model version of a loaded workspace, resolved, by name and newest version first. */
export function modelsOf(workspace: LoadedWorkspace): AvailableModel[] {
    const resolvedModels = workspace.services.shared.models.ResolvedModels;
    const models: AvailableModel[] = [];
    for (const document of workspace.all) {
        const root = document.parseResult.value;
        if (isModel(root) && root.name && root.version) {
            const { resolved, chain } = resolvedModels.of(root);
            models.push({ resolved, documents: chain.map(version => AstUtils.getDocument(version)) });
        }
    }
    return models.sort((a, b) => a.resolved.key.name.localeCompare(b.resolved.key.name)
        || compareVersions(b.resolved.key.version, a.resolved.key.version));
}

/**
 * The version `--model` names: `Naam versie V`, `Naam V`, or only `Naam` for its newest version. Without
 * `--model`, the newest version of the only model name in the workspace.
 */
export function chooseModel(models: readonly AvailableModel[], given: string | undefined, folderText: string): AvailableModel {
    if (models.length === 0) {
        throw new UsageError(`Geen model (.zelfscan) gevonden in '${folderText}'. Geef met --werkruimte de map met de modellen.`);
    }
    const available = `Beschikbaar: ${models.map(m => modelKeyLabel(m.resolved.key)).join(', ')}.`;
    const names = [...new Set(models.map(m => m.resolved.key.name))];
    if (given === undefined) {
        if (names.length > 1) {
            throw new UsageError(`De werkruimte bevat meerdere modellen; kies er een met --model "<naam> versie <versie>". ${available}`);
        }
        return models[0];
    }
    const match = /^\s*(\S+?)(?:\s+(?:versie\s+)?(\S+))?\s*$/.exec(given);
    const [name, version] = match ? [match[1], match[2]] : [given.trim(), undefined];
    const found = models.find(m => m.resolved.key.name === name && (version === undefined || m.resolved.key.version === version));
    if (found) {
        return found;
    }
    const suggestion = names.includes(name) ? undefined : closestName(name, names);
    const hint = suggestion ? ` Bedoelt u ${suggestion}?` : '';
    throw new UsageError(`Het model '${given.trim()}' is niet gevonden in de werkruimte.${hint} ${available}`);
}

/** The focus `--focus` names; without it, the only focus of the model, or none for a model without focuses. */
export function chooseFocus(model: ResolvedModel, given: string | undefined): string | undefined {
    const focuses = [...model.items.focus.values()];
    const listing = focuses.map(f => `${f.name} (${f.label})`).join(', ');
    const label = modelKeyLabel(model.key);
    if (given === undefined) {
        if (focuses.length > 1) {
            throw new UsageError(`Kies met --focus de focus van de scan. ${label} kent: ${listing}.`);
        }
        return focuses[0]?.name;
    }
    if (model.items.focus.has(given)) {
        return given;
    }
    if (focuses.length === 0) {
        throw new UsageError(`${label} kent geen focussen; laat --focus weg.`);
    }
    const suggestion = closestName(given, model.items.focus.keys());
    throw new UsageError(`${label} kent geen focus '${given}'.${suggestion ? ` Bedoelt u ${suggestion}?` : ''} Kies uit: ${listing}.`);
}

/** A skeleton of a broken model version would carry its errors into the scan: list them and refuse. */
export function reportModelErrors(model: AvailableModel, io: NewOutput): boolean {
    let errors = 0;
    for (const document of model.documents) {
        const found = findingsOf(document).filter(finding => finding.severity === 'fout');
        errors += found.length;
        found.map(formatFinding).forEach(io.err);
    }
    if (errors > 0) {
        io.err(`zelfscan: ${modelKeyLabel(model.resolved.key)} bevat ${errors === 1 ? 'een fout' : `${errors} fouten`}; los ${errors === 1 ? 'die' : 'ze'} eerst op. Er is niets geschreven.`);
    }
    return errors > 0;
}

/**
 * Writes a new file atomically: the text goes to a temporary file beside it, which is then hard-linked to the
 * target name. Linking fails when the name exists, so a file that appears meanwhile is never replaced either.
 */
export async function writeNew(folder: string, fileName: string, content: string): Promise<string> {
    const target = path.join(folder, fileName);
    const shown = path.relative(process.cwd(), target) || target;
    const refuse = () => new UsageError(`'${shown}' bestaat al en wordt niet overschreven. Kies een andere regionaam of map (--map).`);
    if (await fs.lstat(target).catch(() => undefined)) {
        throw refuse();
    }
    const stat = await fs.stat(folder).catch(() => undefined);
    if (stat && !stat.isDirectory()) {
        throw new UsageError(`'${path.relative(process.cwd(), folder) || folder}' is geen map. Kies met --map een map voor de nieuwe scan.`);
    }
    try {
        await fs.mkdir(folder, { recursive: true });
        await writeFileAtomically(target, content, { existing: 'new' });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
            throw refuse();
        }
        throw new UsageError(`Kon '${shown}' niet schrijven: ${error instanceof Error ? error.message : String(error)}`);
    }
    return target;
}

export function registerNewCommand(program: Command): void {
    program.command('nieuw')
        .description('Maak een nieuwe regioscan vanuit een model: een respondent per vereiste partij, elke rol op ?, een leeg antwoord per vraag.')
        // Checked by the command itself, so that a missing region gets a Dutch message like every other refusal.
        .option('--regio <naam>', 'naam van de regio, bijvoorbeeld "Regio Noord" (verplicht); de bestandsnaam komt hiervan')
        .option('--model <model>', 'modelversie, bijvoorbeeld "Regieneming versie 1.1" (standaard: de nieuwste versie van het enige model)')
        .option('--focus <focus>', 'focus van de scan, bijvoorbeeld po_vo (nodig als het model meer dan één focus kent)')
        .option('--map <map>', 'map waarin de scan komt (standaard: de huidige map)')
        .option('--werkruimte <map>', 'map waaruit de modellen worden geladen (standaard: de huidige map)')
        .action(async (options: NewOptions) => {
            process.exitCode = await newCommand(options, {
                out: line => process.stdout.write(line + '\n'),
                err: line => process.stderr.write(line + '\n')
            });
        });
}
