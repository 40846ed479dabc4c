import type { IParserErrorMessageProvider, TokenType, IToken } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';

/**
 * Syntax errors in Dutch, naming what may stand at that place in the words of the file format
 * ("een naam", "een getal", 'uit') rather than in token-type names.
 */
export class ZelfscanParserErrorMessageProvider implements IParserErrorMessageProvider {

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName?: string }): string {
        const message = `Hier wordt ${describeToken(options.expected)} verwacht, maar er staat ${describeActual(options.actual)}.`;
        // `gebruik "Zonder naam"`: the label of a new item was written, the name before it forgotten.
        if (options.expected.name === 'ID' && options.actual.tokenType?.name === 'STRING' && NAMED_WITH_LABEL.has(ruleOf(options.ruleName))) {
            return `${message} Een naam komt vóór de tekst, bijvoorbeeld: ${nameFor(options.actual.image)} ${options.actual.image.length > 30 ? '"…"' : options.actual.image}.`;
        }
        return message;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return `Na de laatste '}' staat nog ${describeActual(options.firstRedundant)}. Een bestand bevat één model of één regioscan; zet dit binnen de accolades of verwijder het.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const starts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        return `${capitalise(describeActual(options.actual[0]))} past hier niet. Verwacht: ${describeChoices(starts)}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const starts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Hier hoort ten minste één ${describeChoices(starts)}, maar er staat ${describeActual(options.actual[0])}.`;
    }
}

/** Unexpected characters, e.g. a stray `#` or a quote that is never closed. */
export class ZelfscanLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'Deze tekst wordt nergens afgesloten met een \'"\'. Sluit de tekst af, of schrijf \\" voor een aanhalingsteken binnen de tekst.';
        }
        return `Onverwacht teken '${text}'. Namen bestaan uit letters, cijfers en '_'; tekst staat tussen dubbele aanhalingstekens.`;
    }
}

/** The grammar rules that declare an item as `name "label"` (or `name "text"`). */
const NAMED_WITH_LABEL: ReadonlySet<string> = new Set(['Party', 'Focus', 'Use', 'Obstacle', 'Handhold', 'Trait', 'TraitValue', 'Question', 'Action', 'Prompt', 'Theme', 'Area']);

const TERMINALS: Readonly<Record<string, string>> = {
    ID: 'een naam',
    INT: 'een getal',
    STRING: 'een tekst tussen aanhalingstekens'
};

function describeToken(token: TokenType): string {
    if (TERMINALS[token.name]) {
        return TERMINALS[token.name];
    }
    const keyword = token.name.endsWith(':KW') ? token.name.slice(0, -3) : token.name;
    return `'${keyword}'`;
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
        return 'het einde van het bestand';
    }
    return `'${shorten(token.image)}'`;
}

/** Langium marks the parser's rule names with an invisible suffix; the grammar's name is what is left. */
function ruleOf(ruleName: string | undefined): string {
    return (ruleName ?? '').replace(/[^A-Za-z]/g, '');
}

function shorten(image: string): string {
    return image.length > 30 ? `${image.slice(0, 30)}…` : image;
}

/** A name derived from a label, as an example: `"Zonder naam"` gives `zonder_naam`. */
function nameFor(label: string): string {
    const name = label.slice(1, -1).toLowerCase().replace(/[^a-z0-9\u00C0-\u024F]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30);
    return /^[a-z_\u00C0-\u024F]/.test(name) ? name : 'naam';
}

function describeChoices(tokens: readonly TokenType[]): string {
    const names = [...new Set(tokens.map(describeToken))];
    const shown = names.slice(0, 10);
    const more = names.length > shown.length ? ', …' : '';
    return shown.length <= 1 ? `${shown[0] ?? 'iets anders'}` : `${shown.slice(0, -1).join(', ')} of ${shown.at(-1)}${more}`;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
