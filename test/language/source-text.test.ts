import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSourceBytes, SourceTextProblem } from '../../src/language/source-text.js';

// Decoding a source file's bytes: exactly the well-formed UTF-8 is accepted, as the platform's strict decoder
// judges it, and a UTF-8 byte order mark is taken off and remembered.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const noNul = fc.string({ unit: 'grapheme' }).filter(text => !text.includes('\0'));

function decoded(bytes: Uint8Array): string | SourceTextProblem {
    try {
        return decodeSourceBytes('/x.regioscan', Buffer.from(bytes)).text;
    } catch (error) {
        if (error instanceof SourceTextProblem) {
            return error;
        }
        throw error;
    }
}

describe('decodeSourceBytes', () => {
    it('gives back every text without NUL that was encoded as UTF-8', () => {
        fc.assert(fc.property(noNul, text => {
            const result = decodeSourceBytes('/x.regioscan', Buffer.from(text, 'utf8'));
            expect(result.text).toBe(text.startsWith('\uFEFF') ? text.slice(1) : text);
            expect(result.byteOrderMark).toBe(text.startsWith('\uFEFF'));
        }), { numRuns: 300 });
    });

    it('accepts random bytes exactly when a strict UTF-8 decoder does', () => {
        const bytes = fc.uint8Array({ minLength: 0, maxLength: 40 })
            .filter(b => !b.includes(0) && !((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)));
        fc.assert(fc.property(bytes, b => {
            let expected: string | undefined;
            try {
                expected = strict.decode(b);
            } catch {
                expected = undefined;
            }
            const result = decoded(b);
            if (expected === undefined) {
                expect(result).toBeInstanceOf(SourceTextProblem);
            } else {
                expect(result).toBe(expected.startsWith('\uFEFF') ? expected.slice(1) : expected);
            }
        }), { numRuns: 2_000 });
    });

    it('names the place of the first byte that is not UTF-8: overlong forms and surrogates included', () => {
        for (const [bytes, line, column] of [
            [[0x61, 0x0a, 0x62, 0xc0, 0x80], 2, 2], [[0xed, 0xa0, 0x80], 1, 1], [[0x63, 0xe2, 0x82], 1, 2], [[0xf4, 0x90, 0x80, 0x80], 1, 1]
        ] as const) {
            const result = decoded(Uint8Array.from(bytes));
            expect(result).toBeInstanceOf(SourceTextProblem);
            expect([(result as SourceTextProblem).line, (result as SourceTextProblem).column]).toEqual([line, column]);
        }
    });
});
