/** Pieces shared by the chart builders: schema, options, display numbers, fonts, no-data view. */
import { readPlain } from '../_internal/plain.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Locale } from '../format/index.js';
import type { VegaLiteSpec } from './types.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json' as const;

/** Significant digits kept in the numbers of a spec: enough to draw, not to compute with. */
export const DISPLAY_DIGITS = 6;

/** Fonts with Chinese glyphs first for zh-CN charts, so that viewers need not guess. */
const FONTS: Readonly<Record<Locale, string>> = {
  'zh-CN':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  en: 'Helvetica, Arial, sans-serif',
};

/** Reads an options argument: `undefined` or a plain object. */
export function readOptions<T extends object>(given: T | undefined, field = 'options'): T {
  if (given === undefined) return {} as T;
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  const options = readPlain(given, field) as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: options,
      reason: 'expected an options object',
    });
  }
  return options;
}

/** Reads the `locale` option: `zh-CN` (the default) or `en`. */
export function readLocale(locale: unknown, field = 'options.locale'): Locale {
  if (locale === undefined) return 'zh-CN';
  if (locale === 'zh-CN' || locale === 'en') return locale;
  throw new IndicatorError('invalid-argument', {
    field,
    value: locale,
    reason: "expected 'zh-CN' or 'en'",
  });
}

/** Reads an optional string option (a title). */
export function readText(value: unknown, field: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new IndicatorError('invalid-argument', { field, value, reason: 'expected a string' });
}

/**
 * A Decimal as a JavaScript number for drawing: rounded half-up to {@link DISPLAY_DIGITS}
 * significant digits, never `-0` (`toString` writes a zero without its sign).
 */
export function displayNumber(value: Decimal, digits = DISPLAY_DIGITS): number {
  return Number(value.toSignificantDigits(digits, Decimal.ROUND_HALF_UP).toString());
}

/** Cuts a text to `max` characters (code points), ending it with `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(max - 1, 1)).join('')}…`;
}

/** The `config` every chart shares: fonts for the locale, quiet axes. */
export function baseConfig(locale: Locale): Record<string, unknown> {
  return {
    font: FONTS[locale],
    title: { anchor: 'start', fontSize: 15, subtitleFontSize: 12, subtitleColor: '#555555' },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e6e6e6' },
    legend: { labelFontSize: 11, titleFontSize: 12 },
  };
}

/** A chart with nothing to plot: its title and one line of text saying so. */
export function messageSpec(
  locale: Locale,
  title: string,
  message: string,
  description: string,
): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text: title },
    width: 420,
    padding: paddingFor(0, overflow([title], 15, 430)),
    height: 60,
    data: { values: [{ message }] },
    mark: { type: 'text', fontSize: 13, color: '#555555' },
    encoding: {
      text: { field: 'message', type: 'nominal' },
      x: { value: 210 },
      y: { value: 30 },
    },
    config: { ...baseConfig(locale), view: { stroke: null } },
  };
}

/**
 * Without a canvas, Vega estimates every character at 0.8 em and a headless render sizes the
 * view by that estimate; Chinese glyphs are a full em wide, so their labels would be clipped.
 * These give the pixels such texts need beyond the estimate (Latin letters and digits, about
 * 0.55 em, give some back), to pad the side where they sit.
 */
export function widthShortfall(texts: readonly string[], fontSize: number): number {
  return overflow(texts, fontSize, 0);
}

/** The pixels by which the widest text overflows `room` and Vega's estimate of it. */
export function overflow(texts: readonly string[], fontSize: number, room: number): number {
  let most = 0;
  for (const text of texts) {
    let ems = 0;
    for (const char of text) ems += isWide(char) ? 1 : 0.55;
    const estimate = 0.8 * text.length * fontSize;
    most = Math.max(most, ems * fontSize - Math.max(estimate, room));
  }
  return Math.ceil(most);
}

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: one em wide. */
function isWide(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return (
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x20000 ||
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d
  );
}

/** Vega-Lite `padding`: 5 pixels, plus what wide labels on the left and right need. */
export function paddingFor(left: number, right: number): Record<string, number> {
  return { left: 5 + left, top: 5, right: 5 + right, bottom: 5 };
}
