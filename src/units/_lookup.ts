/**
 * Internal: the index behind findUnit/getUnit, and the shape check that lets callers pass
 * their own Unit objects. Not exported from the barrel.
 */
import { Decimal } from '../decimal/Decimal.js';
import { UNITS } from './UNITS.js';
import { DIMENSIONS, type Unit } from './Unit.js';

/** Other spellings seen in reports and tables; full-width forms are handled by NFKC. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  yuan: ['CNY'],
  hectare: ['ha'],
  'square-metre': ['m2'],
  kilometre: ['km', '千米'],
  metre: ['m'],
  kilogram: ['公斤', 'kg'],
  tonne: ['t'],
  kilowatt: ['kW'],
  'kilowatt-hour': ['kWh'],
  'cubic-metre': ['m3'],
};

/** NFKC turns `％` into `%` and `㎡`/`m²` into `m2`; surrounding spaces are ignored. */
export function lookupKey(text: string): string {
  return text.normalize('NFKC').trim();
}

function buildIndex(): ReadonlyMap<string, Unit> {
  const index = new Map<string, Unit>();
  for (const unit of UNITS) {
    for (const key of [unit.id, unit.symbol, ...(ALIASES[unit.id] ?? [])]) {
      index.set(lookupKey(key), unit);
    }
  }
  return index;
}

/** Every accepted key (id, symbol, alias) to its unit. */
export const UNIT_INDEX: ReadonlyMap<string, Unit> = /* @__PURE__ */ buildIndex();

const DIMENSION_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(DIMENSIONS);
const POSITIVE_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Tells whether an object has every field of a Unit with usable values. */
export function isWellFormedUnit(value: object): value is Unit {
  const u = value as Partial<Record<keyof Unit, unknown>>;
  return (
    typeof u.id === 'string' &&
    u.id.length > 0 &&
    typeof u.symbol === 'string' &&
    typeof u.zh === 'string' &&
    typeof u.en === 'string' &&
    typeof u.enPlural === 'string' &&
    typeof u.base === 'string' &&
    DIMENSION_SET.has(u.dimension) &&
    Number.isSafeInteger(u.unitMultiplier) &&
    Math.abs(u.unitMultiplier as number) <= 1000 &&
    typeof u.factor === 'string' &&
    POSITIVE_DECIMAL.test(u.factor) &&
    isUsableFactor(u.factor)
  );
}

/** A positive factor whose exponent stays within decimal.js's comfortable range. */
function isUsableFactor(factor: string): boolean {
  const value = new Decimal(factor);
  return value.isPositive() && !value.isZero() && Math.abs(value.e) <= 1000;
}

const CATALOGUE: ReadonlySet<object> = /* @__PURE__ */ new Set(UNITS);

/** Resolves a reference without throwing: `undefined` when it names no usable unit. */
export function resolveUnit(ref: unknown): Unit | undefined {
  if (typeof ref === 'string') return UNIT_INDEX.get(lookupKey(ref));
  if (typeof ref !== 'object' || ref === null) return undefined;
  if (CATALOGUE.has(ref)) return ref as Unit;
  // A caller's unit is read once into a frozen copy: results never share the caller's object,
  // and what was checked is what is used.
  let copy: Record<keyof Unit, unknown>;
  try {
    copy = readUnit(ref as Partial<Record<keyof Unit, unknown>>);
  } catch {
    // A getter or Proxy of the caller's that throws: no usable unit.
    return undefined;
  }
  return isWellFormedUnit(copy) ? Object.freeze(copy as Unit) : undefined;
}

function readUnit(u: Partial<Record<keyof Unit, unknown>>): Record<keyof Unit, unknown> {
  return {
    id: u.id,
    symbol: u.symbol,
    zh: u.zh,
    en: u.en,
    enPlural: u.enPlural,
    dimension: u.dimension,
    factor: u.factor,
    unitMultiplier: u.unitMultiplier,
    base: u.base,
  };
}

/** The factor of the unscaled unit of measure: `factor / 10^unitMultiplier`, exactly. */
export function unscaledFactor(unit: Unit): Decimal {
  return new Decimal(unit.factor).div(new Decimal(10).pow(unit.unitMultiplier));
}
