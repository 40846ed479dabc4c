/** A file name from a region or model name: lower case, no accents, words joined by hyphens. */
export function slug(text: string, fallback: string): string {
    const slugged = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slugged || fallback;
}
