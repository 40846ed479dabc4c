import type { IParserErrorMessageProvider, TokenType, IToken } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';

/**
 * Syntax errors in Dutch, naming what may stand at that place in the words of the file format
 * ("een naam", "een getal", 'uit') rather than in token-type names.
 */
export class ZelfscanParserErrorMessageProvider implements IParserErrorMessageProvider {

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return `Hier wordt ${describeToken(options.expected)} verwacht, maar er staat ${describeActual(options.actual)}.`;
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
    const image = token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image;
    return `'${image}'`;
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
