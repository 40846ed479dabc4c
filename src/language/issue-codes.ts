import type { AstNode } from 'langium';

/**
 * The code of every diagnostic this tooling reports. Codes are stable identifiers: quick fixes, tests and
 * `--json` consumers key on them, so they never change once published.
 */
export const IssueCodes = {
    // model files
    DuplicateName: 'dubbele-naam',
    DuplicateSetting: 'dubbele-instelling',
    DuplicateModel: 'dubbel-model',
    ExtendsCycle: 'kringverwijzing',
    VersionNotNewer: 'versie-niet-nieuwer',
    ScaleMissing: 'schaal-ontbreekt',
    ScaleBounds: 'schaal-grenzen',
    ScalePointOutside: 'schaalpunt-buiten-schaal',
    ScaleGap: 'schaal-gat',
    ScaleRuleMissing: 'schaalregel-ontbreekt',
    ScaleRuleOutside: 'schaalregel-past-niet',
    RangeBounds: 'bereik-ongeldig',
    RoleIncomplete: 'rol-onvolledig',
    RetireOwnItem: 'vervalt-eigen-onderdeel',
    RenameInvalid: 'hernoeming-ongeldig',
    /** Information: a retirement that scans of the versions this one extends still use. */
    ScansStranded: 'scans-geblokkeerd',
    // any file (src/domain/limits.ts)
    FileTooLarge: 'bestand-te-groot',
    DiagnosticsTruncated: 'meldingen-afgekapt',
    // scan files
    RetiredUsed: 'vervallen-onderdeel',
    RenamedUsed: 'hernoemd-onderdeel',
    NewerVersion: 'nieuwere-versie',
    DuplicateRespondent: 'dubbele-respondent',
    DuplicateScore: 'dubbele-score',
    MissingScore: 'rol-zonder-score',
    ScoreOutsideScale: 'score-buiten-schaal',
    FocusMissing: 'focus-ontbreekt',
    RequiredPartyMissing: 'vereiste-partij-ontbreekt',
    InterviewCount: 'aantal-interviews',
    DateOrder: 'datumvolgorde',
    DurationExceeded: 'doorlooptijd-overschreden',
    InvalidDate: 'ongeldige-datum',
    QuestionUnanswered: 'vraag-onbeantwoord',
    DuplicateAnswer: 'dubbel-antwoord',
    DuplicateHolding: 'rol-dubbel-bij-rolhouders',
    NobodyWithHolders: 'niemand-met-houders',
    DuplicateHolder: 'dubbele-houder'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

/** Diagnostic info fields for an issue code, shown to users and kept in `data` for code actions. */
export function issue(code: IssueCode, data: Record<string, unknown> = {}): { code: IssueCode; data: Record<string, unknown> } {
    return { code, data: { code, ...data } };
}

/** The items after the first that share a key with an earlier one, each with that first item. */
export function duplicatesBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Array<{ item: T; first: T }> {
    const seen = new Map<string, T>();
    const result: Array<{ item: T; first: T }> = [];
    for (const item of items) {
        const k = key(item);
        if (k === undefined) {
            continue;
        }
        const first = seen.get(k);
        if (first === undefined) {
            seen.set(k, item);
        } else {
            result.push({ item, first });
        }
    }
    return result;
}

/** The 1-based line a node starts on, for messages that point at an earlier occurrence. */
export function line(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
