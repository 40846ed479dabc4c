/** The spreadsheet libraries, loaded on first use (their bundle is a file of its own; see sheet-libraries.ts). */
export type SheetLibraries = typeof import('./sheet-libraries.js');

export function loadSheetLibraries(): Promise<SheetLibraries> {
    return import('./sheet-libraries.js');
}
