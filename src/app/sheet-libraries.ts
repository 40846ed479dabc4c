/**
 * The format libraries of spreadsheet import and export, in one module that is loaded on first use. The
 * bundler gives it a file of its own (see esbuild.mjs), so that the other commands and the language server
 * do not read and compile several megabytes of spreadsheet code at start-up.
 */
export { parse as parseCsv } from 'csv-parse/sync';
export { stringify as stringifyCsv } from 'csv-stringify/sync';
export { default as ExcelJS } from 'exceljs';
export { default as JSZip } from 'jszip';

