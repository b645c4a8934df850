/**
 * Private helpers of the format layer (not exported from the package): option checks, exact
 * rounding and digit grouping. Everything works on decimal strings, never on a JS number.
 */
import { readPlain } from '../_internal/plain.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Locale, Rounding, SignDisplay } from './types.js';

type RoundingMode = NonNullable<Parameters<Decimal['toDecimalPlaces']>[1]>;

/** The accepted locales, in documentation order. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** decimal.js rounding modes behind each {@link Rounding} name. */
const ROUNDING_MODES: Readonly<Record<Rounding, RoundingMode>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

const SIGN_DISPLAYS: readonly SignDisplay[] = ['auto', 'except-zero'];

/** Fraction digits beyond this are no display any more; it also bounds the string built. */
export const MAX_FRACTION_DIGITS = 100;

/** Options after validation, with every default filled in. */
export interface ResolvedDisplay {
  readonly locale: Locale;
  readonly digits: number;
  /** `true` for `fractionDigits` (trailing zeros kept), `false` for a maximum. */
  readonly fixed: boolean;
  readonly mode: RoundingMode;
  readonly signDisplay: SignDisplay;
  readonly useGrouping: boolean;
}

/** A rounded value split for printing: sign and unsigned digits apart. */
export interface RenderedNumber {
  /** `-`, `+` or the empty string. */
  readonly sign: string;
  /** The unsigned digits, grouped when asked (`27,720`, `8.2`). */
  readonly digits: string;
  /** The unsigned digits without grouping, for the English singular test. */
  readonly plain: string;
}

function invalidOption(field: string, value: unknown, reason: string): IndicatorError {
  return new IndicatorError('invalid-argument', { field, value, reason });
}

function own<T>(options: object, key: string): T | undefined {
  return (options as Record<string, T | undefined>)[key];
}

function oneOf<T extends string>(
  options: object,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = own<unknown>(options, key);
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw invalidOption(key, value, `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}

function digitsOption(options: object, key: string): number | undefined {
  const value = own<unknown>(options, key);
  if (value === undefined) return undefined;
  if (
    !Number.isInteger(value) ||
    (value as number) < 0 ||
    (value as number) > MAX_FRACTION_DIGITS
  ) {
    throw invalidOption(key, value, `expected an integer from 0 to ${MAX_FRACTION_DIGITS}`);
  }
  return value as number;
}

/**
 * Checks the display options and fills in the defaults.
 *
 * @param options - What the caller passed (may be anything).
 * @param defaultSign - The sign display of this function when none is given.
 */
export function resolveDisplay(given: unknown, defaultSign: SignDisplay): ResolvedDisplay {
  const options = checkedOptions(given);
  const fixedDigits = digitsOption(options, 'fractionDigits');
  const maximumDigits = digitsOption(options, 'maximumFractionDigits');
  if (fixedDigits !== undefined && maximumDigits !== undefined) {
    throw invalidOption(
      'fractionDigits',
      fixedDigits,
      'give fractionDigits or maximumFractionDigits, not both',
    );
  }
  const useGrouping = own<unknown>(options, 'useGrouping');
  if (useGrouping !== undefined && typeof useGrouping !== 'boolean') {
    throw invalidOption('useGrouping', useGrouping, 'expected true or false');
  }
  const rounding = oneOf<Rounding>(
    options,
    'rounding',
    Object.keys(ROUNDING_MODES) as Rounding[],
    'half-up',
  );
  return {
    locale: resolveLocale(options),
    digits: fixedDigits ?? maximumDigits ?? 2,
    fixed: fixedDigits !== undefined,
    mode: ROUNDING_MODES[rounding],
    signDisplay: oneOf(options, 'signDisplay', SIGN_DISPLAYS, defaultSign),
    useGrouping: useGrouping ?? true,
  };
}

/** Checks the `locale` option alone (for labels that have no digits options). */
export function resolveLocale(given: unknown): Locale {
  return oneOf(checkedOptions(given), 'locale', LOCALES, 'zh-CN');
}

/** `undefined` is no options; anything but a plain object is an error. */
function checkedOptions(options: unknown): object {
  if (options === undefined) return {};
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  const given = readPlain(options, 'options');
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw invalidOption('options', given, 'expected an object');
  }
  return given;
}

/** Rounds a value to its display digits with the chosen mode; never returns `-0`. */
export function roundForDisplay(value: Decimal, display: ResolvedDisplay): Decimal {
  const rounded = value.toDecimalPlaces(display.digits, display.mode);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/** Groups the integer digits of an unsigned plain decimal string by commas in threes. */
export function groupDigits(unsigned: string): string {
  const point = unsigned.indexOf('.');
  const integer = point === -1 ? unsigned : unsigned.slice(0, point);
  const fraction = point === -1 ? '' : unsigned.slice(point);
  let grouped = '';
  for (let end = integer.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped =
      grouped === '' ? integer.slice(start, end) : `${integer.slice(start, end)},${grouped}`;
  }
  return grouped + fraction;
}

/**
 * Prints a value already rounded by {@link roundForDisplay}: the sign chosen by
 * `signDisplay`, then the unsigned digits (fixed or trimmed, grouped when asked).
 */
export function renderRounded(rounded: Decimal, display: ResolvedDisplay): RenderedNumber {
  const abs = rounded.abs();
  const plain = display.fixed ? abs.toFixed(display.digits) : abs.toFixed();
  let sign = '';
  if (rounded.isNegative() && !rounded.isZero()) sign = '-';
  else if (display.signDisplay === 'except-zero' && !rounded.isZero()) sign = '+';
  return { sign, digits: display.useGrouping ? groupDigits(plain) : plain, plain };
}

/** Rounds then prints a value: `-27,720`, `+1.2`, `0`. */
export function renderNumber(value: Decimal, display: ResolvedDisplay): RenderedNumber {
  return renderRounded(roundForDisplay(value, display), display);
}

/** Multiplies by a power of ten exactly, by moving the decimal point (no precision limit). */
export function shiftDecimal(value: Decimal, exponent: number): Decimal {
  const shifted = new Decimal(`${value.toFixed()}e${exponent}`);
  return shifted.isZero() ? new Decimal(0) : shifted;
}
