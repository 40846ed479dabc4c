/**
 * Dutch texts for the parts of the command line that the argument parser writes itself: help headings and
 * usage errors. Messages it adds in a future version fall through unchanged rather than disappearing.
 */

const TITLES: Readonly<Record<string, string>> = {
    'Usage:': 'Gebruik:',
    'Options:': 'Opties:',
    'Commands:': 'Opdrachten:',
    'Arguments:': 'Argumenten:',
    'Global Options:': 'Algemene opties:'
};

export function dutchTitle(title: string): string {
    return TITLES[title] ?? title;
}

/** The placeholders in usage lines: `zelfscan validate [opties] [paden...]`. */
export function dutchPlaceholder(text: string): string {
    return text === '[options]' ? '[opties]' : text === '[command]' ? '[opdracht]' : text;
}

const ERRORS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
    [/^error: unknown option '(.+)'(?:\n\(Did you mean (.+)\?\))?/, (option, suggestion) =>
        `onbekende optie '${option}'.${suggestion ? ` Bedoelt u ${suggestion}?` : ''}`],
    [/^error: unknown command '(.+)'(?:\n\(Did you mean (.+)\?\))?/, (command, suggestion) =>
        `onbekende opdracht '${command}'.${suggestion ? ` Bedoelt u ${suggestion}?` : ''}`],
    [/^error: option '(.+)' argument missing/, option => `optie '${option}' vraagt een waarde.`],
    [/^error: missing required argument '(.+)'/, argument => `het argument '${argument}' ontbreekt.`],
    [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./, (command, expected, got) =>
        `te veel argumenten${command ? ` voor '${command}'` : ''}: ${expected} verwacht, ${got} gegeven.`],
    [/^error: option '(.+)' argument '(.+)' is invalid\.(?: (.*))?/, (option, value, reason) =>
        `ongeldige waarde '${value}' voor optie '${option}'.${reason ? ` ${reason}` : ''}`]
];

/** Translates an error line of the argument parser; adds where to find help. */
export function dutchUsageError(text: string): string {
    const trimmed = text.trimEnd();
    for (const [pattern, translate] of ERRORS) {
        const match = pattern.exec(trimmed);
        if (match) {
            return `zelfscan: ${translate(...match.slice(1))} Zie 'zelfscan --help'.\n`;
        }
    }
    return text;
}
