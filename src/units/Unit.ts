/**
 * What a unit measures. Conversion works only within one dimension; count units of different
 * things are different dimensions, so 个 (items) never becomes 件 (pieces).
 *
 * Base units: `money` 元, `area` 亩, `length` 米, `plants` 株, `people` 人, `person-times` 人次,
 * `households` 户, `establishments` 家, `items` 个, `pieces` 件, `strips` 条, `sites` 处,
 * `buildings` 幢, `cases` 起, `villages` 村, `ratio` %, `mass` 千克 (公斤), `livestock` 头 (pigs,
 * cattle), `animals` 只 (poultry, sheep), `vehicles` 辆, `beds` 床, `sets` 套 (dwellings, sets of
 * equipment), `power` 千瓦, `energy` 千瓦时, `volume` 立方米.
 *
 * @category Units
 */
export type Dimension =
  | 'money'
  | 'area'
  | 'length'
  | 'plants'
  | 'people'
  | 'person-times'
  | 'households'
  | 'establishments'
  | 'items'
  | 'pieces'
  | 'strips'
  | 'sites'
  | 'buildings'
  | 'cases'
  | 'villages'
  | 'ratio'
  | 'mass'
  | 'livestock'
  | 'animals'
  | 'vehicles'
  | 'beds'
  | 'sets'
  | 'power'
  | 'energy'
  | 'volume';

/**
 * Every {@link Dimension}, in catalogue order (useful for schemas and menus).
 *
 * @example
 * ```ts
 * import { DIMENSIONS } from 'tianmu-indicators';
 *
 * DIMENSIONS.slice(0, 3);
 * // => ['money', 'area', 'length']
 * ```
 *
 * @category Units
 */
export const DIMENSIONS: readonly Dimension[] = /* @__PURE__ */ Object.freeze([
  'money',
  'area',
  'length',
  'plants',
  'people',
  'person-times',
  'households',
  'establishments',
  'items',
  'pieces',
  'strips',
  'sites',
  'buildings',
  'cases',
  'villages',
  'ratio',
  'mass',
  'livestock',
  'animals',
  'vehicles',
  'beds',
  'sets',
  'power',
  'energy',
  'volume',
] as const);

/**
 * A unit of the catalogue: how the report writes it, its zh and en labels, what it measures
 * and how many base units one of it is.
 *
 * @category Units
 */
export interface Unit {
  /** Stable ASCII id, e.g. `yi-yuan`. */
  readonly id: string;
  /** How the report writes the unit, e.g. `亿元`. */
  readonly symbol: string;
  /** Chinese label, e.g. `亿元`. */
  readonly zh: string;
  /** English label for one, e.g. `100m CNY` or `hectare`. */
  readonly en: string;
  /** English label for several, e.g. `hectares`. */
  readonly enPlural: string;
  /** What the unit measures; conversion works only within one dimension. */
  readonly dimension: Dimension;
  /**
   * How many base units one of this unit is, as an exact decimal string: `100000000` for
   * 亿元, `15` for 公顷, `0.0015` for 平方米.
   */
  readonly factor: string;
  /**
   * The SDMX `UNIT_MULT`: the power of ten `n` by which this unit scales an unscaled unit of
   * measure of its dimension (亿元 is 10^8 元: 8; 万元, 万亩, 万株, 万人次: 4). A unit that is a
   * unit of measure in its own right carries 0, even when its factor is not 1: 公顷 (15 亩),
   * 平方米 (0.0015 亩) and 公里 (1000 米) are 0. So `factor = 10^unitMultiplier × factor of the
   * unscaled unit`.
   */
  readonly unitMultiplier: number;
  /** The id of the base unit of the dimension (`yuan` for money, `mu` for area). */
  readonly base: string;
}

/**
 * A way to name a unit: its id (`wan-yuan`), its symbol as the report writes it (`万元`), or a
 * {@link Unit} object.
 *
 * @category Units
 */
export type UnitRef = string | Unit;
