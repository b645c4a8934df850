/**
 * The catalogue of township indicators: the indicators work reports use (地区生产总值,
 * 规上工业总产值, 农村居民人均可支配收入, 常住人口, 造林面积…) with names, units, directions, how
 * they roll up, and the report phrases that name them; a lookup by phrase; and a helper that
 * fills a dataset's indicators from the catalogue.
 *
 * @module tianmu-indicators/catalog
 */
export * from './catalog/index.js';
