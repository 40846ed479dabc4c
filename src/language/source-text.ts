import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { LIMITS } from '../domain/limits.js';
import { fileTooLargeMessage } from './document-limits.js';
import { IssueCodes } from './issue-codes.js';

/**
 * The one place where a model or scan file is read from disk, by the command line (src/cli/source-text.ts) and by
 * the language server for the files the editor has not opened (source-file-system.ts): only regular files (a FIFO
 * or a device is never read, so nothing blocks or runs without end), at most the size limit, and only valid UTF-8.
 * A UTF-8 byte order mark is taken off the text and remembered, so that `fmt` writes it back.
 */
export interface SourceText {
    /** The decoded text, without a byte order mark. */
    readonly text: string;
    /** The bytes as they are on disk (for hashes). */
    readonly bytes: Buffer;
    readonly byteOrderMark: boolean;
}

/**
 * A file that is read but cannot be used as text: another encoding, or too large. It is reported at a place in
 * the file like a finding; the file is never rewritten.
 */
export class SourceTextProblem extends Error {
    override readonly name = 'SourceTextProblem';

    constructor(readonly file: string, readonly line: number, readonly column: number, message: string, readonly code?: string) {
        super(message);
    }
}

const HOW_TO_SAVE = "Sla het op als UTF-8 (in VS Code: klik rechts onderin op de codering en kies 'Opslaan met codering', 'UTF-8'). "
    + 'Tot dan wordt het niet gecontroleerd of gewijzigd.';

/** A path that is a FIFO, a device, a socket or a folder: it is never read. Its message is its `notRegularReason`. */
export class NotARegularFile extends Error {
    override readonly name = 'NotARegularFile';

    constructor(readonly file: string, stat: Stats) {
        super(notRegularReason(stat));
    }
}

/**
 * Reads a source file. Throws a SourceTextProblem for a file in another encoding or over the size limit, a
 * NotARegularFile for what is not a regular file, and the system's error for a file that cannot be opened.
 */
export function readSourceFile(file: string): SourceText {
    // Synchronous calls: a file of a few kilobytes is read in microseconds, and for the thousands of files of a
    // workspace the promise and thread-pool round trip of each open, stat, read and close cost more than the reading.
    // Opened without blocking: a FIFO that appeared after the walk opens at once and is then refused by its type.
    const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const stat = fstatSync(descriptor);
        if (!stat.isFile()) {
            throw new NotARegularFile(file, stat);
        }
        if (stat.size > LIMITS.maxFileBytes) {
            throw new SourceTextProblem(file, 1, 1, fileTooLargeMessage(stat.size), IssueCodes.FileTooLarge);
        }
        const bytes = readAtMost(descriptor, stat.size, LIMITS.maxFileBytes + 1);
        if (bytes.length > LIMITS.maxFileBytes) {
            // It grew while being read.
            throw new SourceTextProblem(file, 1, 1, fileTooLargeMessage(bytes.length), IssueCodes.FileTooLarge);
        }
        return decodeSourceBytes(file, bytes);
    } finally {
        closeSync(descriptor);
    }
}

/** The bytes of an open file up to `limit`: the size it had, and more should it have grown meanwhile. */
function readAtMost(descriptor: number, expected: number, limit: number): Buffer {
    const chunks: Buffer[] = [];
    let total = 0;
    let size = Math.min(expected + 1, limit);
    while (total < limit) {
        const chunk = Buffer.allocUnsafe(size);
        const bytesRead = readSync(descriptor, chunk, 0, chunk.length, total);
        if (bytesRead === 0) {
            break;
        }
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        size = Math.min(64 * 1024, limit - total);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** The text of a file's bytes, if they are UTF-8; a SourceTextProblem saying which encoding it seems to be if not. */
export function decodeSourceBytes(file: string, bytes: Buffer): SourceText {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
        throw new SourceTextProblem(file, 1, 1, `Dit bestand is opgeslagen als UTF-16 (${order}, met byte order mark), niet als UTF-8. ${HOW_TO_SAVE}`);
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const where = positionOf(bytes, nul);
        const reason = looksLikeUtf16(bytes)
            ? 'Dit bestand lijkt opgeslagen als UTF-16 zonder byte order mark (om de byte staat een NUL-byte), niet als UTF-8.'
            : 'Dit bestand bevat een NUL-byte: het is geen tekstbestand in UTF-8.';
        throw new SourceTextProblem(file, where.line, where.column, `${reason} ${HOW_TO_SAVE}`);
    }
    const invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        const where = positionOf(bytes, invalid);
        const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, '0');
        throw new SourceTextProblem(file, where.line, where.column,
            `Dit bestand is geen geldige UTF-8: byte 0x${byte} begint hier geen UTF-8-teken (opgeslagen als Latin-1 of Windows-1252?). ${HOW_TO_SAVE}`);
    }
    const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: bytes.toString('utf8', byteOrderMark ? 3 : 0), bytes, byteOrderMark };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Buffer): number {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        // The length of the sequence, and the range of its second byte (which rules out overlong forms and surrogates).
        const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
            : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
                : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
        if (length === 0 || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) {
            return i;
        }
        for (let k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xc0) !== 0x80) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

/** Line and column (1-based, in characters) of a byte offset whose prefix is valid UTF-8. */
function positionOf(bytes: Buffer, offset: number): { line: number; column: number } {
    const before = bytes.toString('utf8', 0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: before.length - lineStart + 1 };
}

/** Text in UTF-16 has a NUL in every other byte of its ASCII characters. */
function looksLikeUtf16(bytes: Buffer): boolean {
    const sample = bytes.subarray(0, 512);
    let even = 0;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) {
        if (sample[i] === 0) {
            if (i % 2 === 0) {
                even++;
            } else {
                odd++;
            }
        }
    }
    return Math.max(even, odd) >= sample.length / 4;
}

type FileType = Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** Why an entry that is not a regular file is not read, to follow "is": 'een FIFO (named pipe), geen gewoon bestand; …'. */
export function notRegularReason(stat: FileType): string {
    const kind = stat.isDirectory() ? 'een map' : stat.isFIFO() ? 'een FIFO (named pipe)' : stat.isSocket() ? 'een socket'
        : stat.isCharacterDevice() || stat.isBlockDevice() ? 'een apparaat' : 'een bijzonder bestand';
    return `${kind}, geen gewoon bestand; alleen gewone bestanden worden gelezen.`;
}
