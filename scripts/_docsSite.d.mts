/** The visible text of an HTML fragment. */
export function textOf(html: string): string;
/** Every `.tsd-signature` block of a page, as text. */
export function signaturesOf(html: string): string[];
/** The top-level keys of every `{ … }` object type written out in a signature text. */
export function inlineObjectKeys(text: string): string[][];
/** Every problem of a rendered site, as lines; empty when it passes. */
export function checkSite(site: string): string[];
