import { CATALOG, type CatalogEntry } from './CATALOG.js';

let index: Map<string, CatalogEntry> | undefined;

/** A phrase as compared: no spaces, full-width letters and digits made half-width, lower case. */
function normalize(phrase: string): string {
  return phrase
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/**
 * Finds the catalogue indicator a report's phrase names (农民人均纯收入 → the per-capita rural
 * income indicator). A phrase matches whole, ignoring spaces, full-width forms and case; the
 * indicator's id matches too.
 * @param phrase - The phrase of the report, or an indicator id.
 * @returns The catalogue entry, or `undefined` when no indicator goes by the phrase.
 * @throws Never.
 * @example
 * ```ts
 * import { findCatalogIndicator } from 'tianmu-indicators/catalog';
 * findCatalogIndicator('农民人均纯收入')?.indicator.id;
 * // => 'rural-income-per-capita'
 * findCatalogIndicator('规模以上工业总产值')?.indicator.unit;
 * // => 'yi-yuan'
 * findCatalogIndicator('ＧＤＰ')?.indicator.name.zh;
 * // => '地区生产总值'
 * findCatalogIndicator('月球产值');
 * // => undefined
 * ```
 * @category Catalog
 */
export function findCatalogIndicator(phrase: string): CatalogEntry | undefined {
  if (typeof phrase !== 'string') return undefined;
  if (index === undefined) {
    index = new Map();
    for (const entry of CATALOG) {
      for (const key of [entry.indicator.id, ...entry.phrases]) index.set(normalize(key), entry);
    }
  }
  return index.get(normalize(phrase));
}
