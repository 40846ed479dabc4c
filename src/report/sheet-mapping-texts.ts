import type { ReportLanguage } from '../domain/report-model.js';
import type { ColumnMapping, ColumnTarget, IgnoreReason } from '../domain/sheet-columns.js';
import { cellName } from '../domain/sheet-problems.js';

/**
 * The words of a spreadsheet import around its problems, in Dutch and English: the mapping of the columns as
 * `--toon-koppeling` shows it, and the lines that open and close the list. A target is named as a user writes it
 * in `--kolom` (`partij`, `Verbinder toelichting`) in both languages.
 */
interface ImportTexts {
    readonly field: Readonly<Record<Exclude<ColumnTarget['kind'], 'score' | 'toelichting' | 'negeer'>, string>>;
    readonly score: (role: string) => string;
    readonly note: (role: string) => string;
    readonly skipped: (reason: string) => string;
    readonly reason: Readonly<Record<Exclude<IgnoreReason, 'elders-gekoppeld'>, string>>;
    readonly claimedElsewhere: (target: string) => string;
    readonly noHeader: string;
    readonly explicit: string;
    readonly mappingOf: (source: string) => string;
    readonly otherRegionRows: (count: number) => string;
    /** Starts in lower case: the command line puts `zelfscan: ` before it. */
    readonly nothingWritten: (errors: number, source: string) => string;
}

const nl: ImportTexts = {
    field: { respondent: 'respondent', naam: 'naam', partij: 'partij', functie: 'functie', interview: 'interview', regio: 'regio' },
    score: role => `score ${role}`,
    note: role => `toelichting ${role}`,
    skipped: reason => `overgeslagen (${reason})`,
    reason: {
        'tijdstempel': 'tijdstempel van het formulier', 'e-mailadres': 'e-mailadres', 'model-van-optie': 'het model komt van --model',
        'focus-van-optie': 'de focus komt van --focus', 'geen-kop': 'kolom zonder kop', 'onbekende-kop': 'onbekende kop', 'koppeling': 'volgens de koppeling'
    },
    claimedElsewhere: target => `de koppeling wijst ${target} aan een andere kolom toe`,
    noHeader: '(geen kop)',
    explicit: ' (koppeling)',
    mappingOf: source => `Koppeling van de kolommen van ${source}:`,
    otherRegionRows: count => `${count} rij(en) van andere regio's overgeslagen.`,
    nothingWritten: (errors, source) => `${errors === 1 ? 'een fout' : `${errors} fouten`} in ${source}; er is niets geschreven.`
};

const en: ImportTexts = {
    field: { respondent: 'respondent', naam: 'name', partij: 'party', functie: 'function', interview: 'interview', regio: 'region' },
    score: role => `score ${role}`,
    note: role => `note ${role}`,
    skipped: reason => `skipped (${reason})`,
    reason: {
        'tijdstempel': 'time stamp of the form', 'e-mailadres': 'e-mail address', 'model-van-optie': 'the model comes from --model',
        'focus-van-optie': 'the focus comes from --focus', 'geen-kop': 'column without a header', 'onbekende-kop': 'unknown header', 'koppeling': 'by the mapping'
    },
    claimedElsewhere: target => `the mapping gives ${target} to another column`,
    noHeader: '(no header)',
    explicit: ' (mapping)',
    mappingOf: source => `Mapping of the columns of ${source}:`,
    otherRegionRows: count => `${count} row(s) of other regions skipped.`,
    nothingWritten: (errors, source) => `${errors === 1 ? 'one error' : `${errors} errors`} in ${source}; nothing was written.`
};

export function importTextsFor(language: ReportLanguage): ImportTexts {
    return language === 'en' ? en : nl;
}

/** What a column is read as: `score Verbinder`, `partij`, `overgeslagen (onbekende kop)`. */
export function describeTarget(target: ColumnTarget, language: ReportLanguage): string {
    const texts = importTextsFor(language);
    switch (target.kind) {
        case 'score': return texts.score(target.role);
        case 'toelichting': return texts.note(target.role);
        case 'negeer': return texts.skipped(target.reason === 'elders-gekoppeld'
            ? texts.claimedElsewhere(describeTarget(target.claimed, language)) : texts.reason[target.reason]);
        default: return texts.field[target.kind];
    }
}

/** The target as `--kolom "<kop>=<doel>"` takes it. */
export function targetText(target: ColumnTarget): string {
    switch (target.kind) {
        case 'score': return target.role;
        case 'toelichting': return `${target.role} toelichting`;
        default: return target.kind;
    }
}

/** The mapping as lines, for `--toon-koppeling`: `A 'Tijdstempel' → overgeslagen (tijdstempel van het formulier)`. */
export function describeMapping(mapping: ColumnMapping, language: ReportLanguage): string[] {
    const texts = importTextsFor(language);
    return mapping.columns.map(column => {
        const header = column.header.trim() === '' ? texts.noHeader : `'${column.header.trim()}'`;
        return `${cellName(column.index)} ${header} → ${describeTarget(column.target, language)}${column.explicit ? texts.explicit : ''}`;
    });
}
