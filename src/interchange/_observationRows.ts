/**
 * The row layout shared by parseObservationsCsv and parseObservationsJson: the columns, the
 * checks of one row, and the error that names its line and column. Private to the interchange
 * layer.
 */
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { Observation } from '../models/Observation.js';
import type { Indicator } from '../models/types.js';
import { formatPeriod, periodEnd, periodStart } from '../periods/index.js';
import { findUnit, isUnitCompatible } from '../units/index.js';

/** The columns of an observations file, in their usual order. */
export const COLUMNS = [
  'indicator',
  'period',
  'value',
  'unit',
  'status',
  'qualifier',
  'yoy_percent',
  'price_basis',
] as const;
/** A column of the layout. */
export type Column = (typeof COLUMNS)[number];
/** The columns every row needs. */
export const REQUIRED: readonly Column[] = ['indicator', 'period', 'value'];

const STATUSES = ['actual', 'preliminary', 'estimated', 'forecast'] as const;
const QUALIFIERS = ['approximately', 'more-than', 'at-least'] as const;
const PRICE_BASES = ['current', 'comparable'] as const;

/** The source document observations read from a file cite unless told otherwise. */
export const DEFAULT_DOCUMENT = 'observations-file';

/** Options both readers share. */
export interface RowOptions {
  readonly file?: string;
  readonly indicators?: readonly Indicator[];
  readonly document?: string;
}

/** Where one cell of a row is, for its error. */
export interface CellPlace {
  /** `new.csv line 2` or `line 2, item 0`: the text the message starts with. */
  readonly where: string;
  /** The 1-based line of the cell. */
  readonly line: number;
  /** Its 1-based column: its position in a CSV row, its character in JSON. */
  readonly column: number;
  /** The name of the cell as the text writes it. */
  readonly name: string;
  /** Further details (the item's index in JSON). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** Where a row is: its first line, and where each of its cells is. */
export interface Place {
  readonly line: number;
  readonly at: (column: string) => CellPlace;
}

/** The file name with which places start: `new.csv line 2`, or `line 2` without a name. */
export function placeOf(file: string | undefined, line: number): string {
  return file === undefined ? `line ${line}` : `${file} line ${line}`;
}

/** Throws the `invalid-input` error of one cell: its line, column, field and value. */
export function failCell(
  place: Place,
  column: string,
  value: unknown,
  reason: string,
  extra: Readonly<Record<string, unknown>> = {},
): never {
  const at = place.at(column);
  throw new IndicatorError('invalid-input', {
    field: `${at.where}, field "${at.name}"`,
    ...(value === undefined ? {} : { value }),
    reason,
    line: at.line,
    column: at.column,
    name: at.name,
    ...at.extra,
    ...extra,
  });
}

/** Reads the options object both readers take. */
export function readRowOptions(options: unknown): RowOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object such as { file, indicators, document }',
    });
  }
  const { file, indicators, document } = options as Record<string, unknown>;
  for (const [name, value] of [
    ['file', file],
    ['document', document],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new IndicatorError('invalid-argument', {
        field: `options.${name}`,
        value,
        reason: 'expected a non-empty string',
      });
    }
  }
  if (indicators !== undefined && !Array.isArray(indicators)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.indicators',
      value: indicators,
      reason: 'expected an array of indicators, such as dataset.indicators',
    });
  }
  return options as RowOptions;
}

/** Checks that `text` is a string. */
export function readText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new IndicatorError('invalid-argument', {
      field: 'text',
      value: text,
      reason: 'expected the text of the file as a string',
    });
  }
  return text;
}

/** One row's cells (text in CSV; text, numbers or null in JSON), by column. */
export type RawRow = Partial<Record<Column, unknown>>;

/** Checks one row and builds its observation; `quote` is what its citation quotes. */
export function toObservation(
  raw: RawRow,
  place: Place,
  options: RowOptions,
  quote: string,
): Observation {
  const text = (column: Column): string | undefined => {
    const value = raw[column];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      failCell(place, column, value, 'expected text or a number');
    }
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
  };
  for (const column of REQUIRED) {
    if (text(column) === undefined) failCell(place, column, undefined, 'is missing');
  }
  const indicatorId = text('indicator') as string;
  let indicator: Indicator | undefined;
  if (options.indicators !== undefined) {
    indicator = options.indicators.find((candidate) => candidate.id === indicatorId);
    if (indicator === undefined) {
      failCell(place, 'indicator', indicatorId, 'is not an indicator of the dataset');
    }
  }

  const periodText = text('period') as string;
  let period: string;
  try {
    period = formatPeriod(periodText);
  } catch {
    failCell(
      place,
      'period',
      periodText,
      'is not a period such as 2022, 2022-Q3, 2022-06 or 2022-01/2022-06',
    );
  }

  const value = decimalCell(place, 'value', text('value') as string);
  const unitText = text('unit');
  let unit: string | undefined;
  if (unitText !== undefined) {
    const found = findUnit(unitText);
    if (found === undefined) failCell(place, 'unit', unitText, 'is not a known unit');
    if (indicator !== undefined && !isUnitCompatible(found, indicator.unit)) {
      failCell(
        place,
        'unit',
        unitText,
        `does not fit indicator "${indicator.id}" (${indicator.unit})`,
      );
    }
    unit = found.id;
  }

  const statusText = text('status') ?? 'actual';
  const status = STATUSES.find((candidate) => candidate === statusText);
  if (status === undefined) {
    failCell(place, 'status', statusText, `expected one of ${STATUSES.join(', ')}`);
  }
  const qualifierText = text('qualifier');
  const qualifier =
    qualifierText === undefined ? null : QUALIFIERS.find((q) => q === qualifierText);
  if (qualifier === undefined) {
    failCell(place, 'qualifier', qualifierText, `expected one of ${QUALIFIERS.join(', ')}`);
  }
  const yoyText = text('yoy_percent');
  const yearOverYearPercent =
    yoyText === undefined ? undefined : decimalCell(place, 'yoy_percent', yoyText);
  const basisText = text('price_basis');
  const priceBasis =
    basisText === undefined ? undefined : PRICE_BASES.find((basis) => basis === basisText);
  if (basisText !== undefined && priceBasis === undefined) {
    failCell(place, 'price_basis', basisText, `expected one of ${PRICE_BASES.join(', ')}`);
  }

  const observation = {
    indicator: indicatorId,
    period,
    value,
    ...(unit === undefined ? {} : { unit }),
    status,
    qualifier,
    ...(yearOverYearPercent === undefined ? {} : { yearOverYearPercent }),
    ...(priceBasis === undefined ? {} : { priceBasis }),
    source: { document: options.document ?? DEFAULT_DOCUMENT, section: 'file', quote },
  };
  const result = Observation.safeParse(observation);
  if (result.success) return result.data;
  // What is left to fail is a length the schema bounds: the indicator id, or a number too
  // long to keep as a decimal string.
  const issue = result.error.issues[0]!;
  const field = String(issue.path[0]);
  const column = field === 'yearOverYearPercent' ? 'yoy_percent' : field;
  return failCell(place, column, raw[column as Column], issue.message);
}

/** A cell read as a canonical decimal string (`8.20` → `8.2`, `1e3` → `1000`). */
function decimalCell(place: Place, name: Column, text: string): string {
  try {
    return toDecimal(text, name).toFixed();
  } catch {
    return failCell(place, name, text, 'is not a number');
  }
}

/** An observation and where it was read, for the check of repeated rows. */
export interface PlacedObservation {
  readonly observation: Observation;
  readonly place: Place;
}

/**
 * Refuses two rows that give the same indicator, status and span of days (`2022-H1` and
 * `2022-01/2022-06` are one span), naming both lines.
 */
export function checkRepeats(rows: readonly PlacedObservation[]): Observation[] {
  const seen = new Map<string, PlacedObservation>();
  return rows.map((row) => {
    const { observation, place } = row;
    const key = `${observation.indicator}|${periodStart(observation.period).getTime()}|${periodEnd(observation.period).getTime()}|${observation.status}`;
    const first = seen.get(key);
    if (first !== undefined) {
      failCell(
        place,
        'period',
        observation.period,
        `repeats ${observation.indicator} ${first.observation.period} ${observation.status}, first given on line ${first.place.line}`,
        { firstLine: first.place.line },
      );
    }
    seen.set(key, row);
    return observation;
  });
}
