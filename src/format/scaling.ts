/**
 * Private unit helpers of the format layer: looking units up with the format layer's own
 * field names, the 万/亿 family of a unit, and exact rescaling between units.
 */
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { convert, findUnit, type Unit, type UnitRef } from '../units/index.js';
import { shiftDecimal } from './internal.js';

/** The Chinese magnitude prefixes a unit symbol can carry: 万 (10⁴) and 亿 (10⁸). */
const MAGNITUDE_PREFIXES = ['万', '亿'] as const;

/** Looks a unit up; an unknown reference is `invalid-unit` naming `field`. */
export function lookUpUnit(ref: unknown, field: string): Unit {
  // findUnit gives undefined for anything but a known id, symbol or well-formed Unit.
  const unit = findUnit(ref as UnitRef);
  if (!unit) throw new IndicatorError('invalid-unit', { field, value: ref });
  return unit;
}

/** The unit of the same dimension whose symbol is `symbol`, if the catalogue holds one. */
function sibling(symbol: string, of: Unit): Unit | undefined {
  const unit = findUnit(symbol);
  return unit && unit.dimension === of.dimension && unit.symbol === symbol ? unit : undefined;
}

/**
 * The base of a unit's 万/亿 family: 元 for 万元 and 亿元, 株 for 万株, the unit itself when it
 * carries no Chinese magnitude prefix (or the catalogue has no unprefixed sibling).
 */
export function familyBase(unit: Unit): Unit {
  for (const prefix of MAGNITUDE_PREFIXES) {
    if (unit.symbol.startsWith(prefix)) {
      const base = sibling(unit.symbol.slice(prefix.length), unit);
      if (base) return base;
    }
  }
  return unit;
}

/** Whether a unit carries a Chinese magnitude (万元, 亿元, 万株), which English has no word for. */
export function hasMagnitudePrefix(unit: Unit): boolean {
  return familyBase(unit) !== unit;
}

/**
 * The members of a unit's 万/亿 family, largest first: 亿元, 万元, 元 for any money unit of
 * that family; 万株, 株 for plants; the unit alone when it has no family.
 */
export function familyOf(unit: Unit): Unit[] {
  const base = familyBase(unit);
  const members = [base];
  for (const prefix of MAGNITUDE_PREFIXES) {
    const member = sibling(`${prefix}${base.symbol}`, base);
    if (member) members.push(member);
  }
  return members.sort((a, b) => new Decimal(b.factor).comparedTo(new Decimal(a.factor)));
}

/** The power of ten a factor is, or `undefined` when it is not one (such as 666.67). */
function powerOfTen(factor: string): number | undefined {
  const value = new Decimal(factor);
  // Stryker disable next-line Regex: toExponential writes nothing after the exponent digits, so the end anchor cannot matter
  return /^1e[+-]\d+$/.test(value.toExponential()) ? value.e : undefined;
}

/**
 * Re-expresses a value in another unit. Between units whose factors are powers of ten (元, 万元,
 * 亿元; 株, 万株) the decimal point moves, exactly, whatever the number of digits; otherwise the
 * units layer's `convert` does it (and throws `incompatible-units` across dimensions).
 */
export function rescale(value: Decimal, from: Unit, to: Unit): Decimal {
  const fromPower = powerOfTen(from.factor);
  const toPower = powerOfTen(to.factor);
  if (from.dimension === to.dimension && fromPower !== undefined && toPower !== undefined) {
    return shiftDecimal(value, fromPower - toPower);
  }
  return new Decimal(convert(value, from, to));
}

/** One rung of a magnitude ladder: a unit (or an English word) and the value expressed in it. */
export interface ScaleStep<T> {
  /** What the caller prints for this rung (a unit, a word). */
  readonly tag: T;
  /** The size of one of this rung's units, in a unit common to the ladder. */
  readonly size: Decimal;
  /** The exact value expressed in this rung's units. */
  readonly exact: Decimal;
}

/**
 * Picks the largest rung in which the value reaches 1, largest rung first. A value that only
 * reaches the rung once rounded in the next smaller rung (99,999,999元 is `10,000万元` at two
 * digits) moves up too, so a label never shows `10,000万元` for `1亿元`. The last rung is the
 * fallback (zero, small values); `steps` is never empty.
 */
export function chooseStep<T>(
  steps: readonly ScaleStep<T>[],
  round: (value: Decimal) => Decimal,
): { readonly tag: T; readonly rounded: Decimal } {
  for (let index = 0; index < steps.length - 1; index++) {
    const step = steps[index]!;
    const smaller = steps[index + 1]!;
    if (step.exact.abs().gte(1) || round(smaller.exact).abs().times(smaller.size).gte(step.size)) {
      return { tag: step.tag, rounded: round(step.exact) };
    }
  }
  const last = steps[steps.length - 1]!;
  return { tag: last.tag, rounded: round(last.exact) };
}
