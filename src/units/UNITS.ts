import type { Dimension, Unit } from './Unit.js';

/** The base unit of each dimension: the unit whose factor is 1. */
const BASES: Readonly<Record<Dimension, string>> = {
  money: 'yuan',
  area: 'mu',
  length: 'metre',
  plants: 'plant',
  people: 'person',
  'person-times': 'person-time',
  households: 'household',
  establishments: 'establishment',
  items: 'item',
  pieces: 'piece',
  strips: 'strip',
  sites: 'site',
  buildings: 'building',
  cases: 'case',
  villages: 'village',
  ratio: 'percent',
  mass: 'kilogram',
  livestock: 'head',
  animals: 'animal',
  vehicles: 'vehicle',
  beds: 'bed',
  sets: 'set',
  power: 'kilowatt',
  energy: 'kilowatt-hour',
  volume: 'cubic-metre',
};

// Pure, so that a bundle which never reads the catalogue drops it.
/* @__NO_SIDE_EFFECTS__ */
function unit(
  id: string,
  symbol: string,
  [en, enPlural]: readonly [string, string],
  dimension: Dimension,
  factor = '1',
  unitMultiplier = 0,
): Unit {
  return Object.freeze({
    id,
    symbol,
    zh: symbol,
    en,
    enPlural,
    dimension,
    factor,
    unitMultiplier,
    base: BASES[dimension],
  });
}

/**
 * The unit catalogue, frozen: every unit the Tianmushan report uses, and those other township
 * reports use (docs/model.md says where each comes from). Money in 元/万元/亿元, area in 亩
 * (公顷 = 15 亩, 平方米 = 0.0015 亩, 万平方米 = 15 亩, all exact), length in 米, mass in 千克
 * (公斤 is another name for it; 吨 = 1000 千克), power in 千瓦, energy in 千瓦时, volume in 立方米,
 * and one dimension per kind of thing counted (头 of livestock and 只 of poultry are two).
 *
 * @example
 * ```ts
 * import { UNITS } from 'tianmu-indicators';
 *
 * UNITS.length;
 * // => 39
 * UNITS.filter((u) => u.dimension === 'money').map((u) => u.symbol);
 * // => ['元', '万元', '亿元']
 * ```
 *
 * @category Units
 */
export const UNITS: readonly Unit[] = /* @__PURE__ */ Object.freeze([
  unit('yuan', '元', ['CNY', 'CNY'], 'money'),
  unit('wan-yuan', '万元', ['10k CNY', '10k CNY'], 'money', '10000', 4),
  unit('yi-yuan', '亿元', ['100m CNY', '100m CNY'], 'money', '100000000', 8),
  unit('mu', '亩', ['mu', 'mu'], 'area'),
  unit('wan-mu', '万亩', ['10k mu', '10k mu'], 'area', '10000', 4),
  unit('hectare', '公顷', ['hectare', 'hectares'], 'area', '15'),
  unit('square-metre', '平方米', ['square metre', 'square metres'], 'area', '0.0015'),
  unit('kilometre', '公里', ['km', 'km'], 'length', '1000'),
  unit('metre', '米', ['metre', 'metres'], 'length'),
  unit('plant', '株', ['plant', 'plants'], 'plants'),
  unit('wan-plant', '万株', ['10k plants', '10k plants'], 'plants', '10000', 4),
  unit('person', '人', ['person', 'people'], 'people'),
  unit('person-time', '人次', ['person-time', 'person-times'], 'person-times'),
  unit(
    'wan-person-time',
    '万人次',
    ['10k person-times', '10k person-times'],
    'person-times',
    '10000',
    4,
  ),
  unit('household', '户', ['household', 'households'], 'households'),
  unit('establishment', '家', ['establishment', 'establishments'], 'establishments'),
  unit('item', '个', ['item', 'items'], 'items'),
  unit('piece', '件', ['piece', 'pieces'], 'pieces'),
  unit('strip', '条', ['strip', 'strips'], 'strips'),
  unit('site', '处', ['site', 'sites'], 'sites'),
  unit('building', '幢', ['building', 'buildings'], 'buildings'),
  unit('case', '起', ['case', 'cases'], 'cases'),
  unit('village', '村', ['village', 'villages'], 'villages'),
  unit('percent', '%', ['%', '%'], 'ratio'),
  unit('wan-square-metre', '万平方米', ['10k square metres', '10k square metres'], 'area', '15', 4),
  unit('kilogram', '千克', ['kg', 'kg'], 'mass'),
  unit('wan-kilogram', '万千克', ['10k kg', '10k kg'], 'mass', '10000', 4),
  unit('tonne', '吨', ['tonne', 'tonnes'], 'mass', '1000'),
  unit('wan-tonne', '万吨', ['10k tonnes', '10k tonnes'], 'mass', '10000000', 4),
  unit('head', '头', ['head', 'head'], 'livestock'),
  unit('animal', '只', ['animal', 'animals'], 'animals'),
  unit('vehicle', '辆', ['vehicle', 'vehicles'], 'vehicles'),
  unit('bed', '床', ['bed', 'beds'], 'beds'),
  unit('set', '套', ['set', 'sets'], 'sets'),
  unit('kilowatt', '千瓦', ['kW', 'kW'], 'power'),
  unit('wan-kilowatt', '万千瓦', ['10k kW', '10k kW'], 'power', '10000', 4),
  unit('kilowatt-hour', '千瓦时', ['kWh', 'kWh'], 'energy'),
  unit('wan-kilowatt-hour', '万千瓦时', ['10k kWh', '10k kWh'], 'energy', '10000', 4),
  unit('cubic-metre', '立方米', ['cubic metre', 'cubic metres'], 'volume'),
]);
