import { toCsv } from '../_internal/csv.js';
import { guarded, readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset } from '../models/Dataset.js';
import { parseDataset } from '../models/parseDataset.js';
import { getUnit, unitForMultiplier } from '../units/index.js';
import { COLUMNS, DEFAULT_DATAFLOW, protectCell, STATUS_CODES } from './_sdmx.js';
import { fromSdmxTimePeriod, toSdmxTimePeriod } from './_timePeriod.js';

/**
 * Options of {@link toSdmxCsv}.
 *
 * @category Interchange
 */
export interface ToSdmxCsvOptions {
  /**
   * The value of the leading SDMX-CSV 1.0 `DATAFLOW` column, written `AGENCY:ID(VERSION)`;
   * `TIANMU:INDICATORS(1.0)` by default (the one structure every dataset of the library shares).
   */
  readonly dataflow?: string;
}

/**
 * Writes a dataset's observations as SDMX-CSV 1.0: a header row, then one row per observation
 * in the dataset's order, CRLF line ends, RFC 4180 quoting.
 *
 * Columns: `DATAFLOW`; the dimensions `INDICATOR` (indicator id), `REF_AREA` (the dataset's
 * area id) and `TIME_PERIOD`; the measure `OBS_VALUE` (the decimal string as stored); the SDMX
 * attributes `UNIT_MEASURE`, `UNIT_MULT` and `OBS_STATUS`; and attributes of the library's own
 * that SDMX has no column for: `OBS_QUALIFIER`, `OBS_ID`, `PERIOD`, `UNIT`, `YOY_PERCENT`,
 * `PRICE_BASIS`, `SOURCE_DOCUMENT`, `SOURCE_SECTION` and `SOURCE_QUOTE`. Together they let {@link fromSdmxCsv} give back
 * observations deep-equal to the dataset's.
 *
 * - `TIME_PERIOD` is in SDMX form: `2021`, `2021-S1`, `2021-Q3`, `2021-M06`, `2021-06-30`, and
 *   ranges as start and duration (`2022/2026` is `2022-01-01/P5Y`, `2021-07/2021-09` is
 *   `2021-07-01/P3M`; the year-to-date span `2022-01/2022-06` is `2022-01-01/P6M`, and `2022-H1`
 *   is `2022-S1`). `PERIOD` is empty unless `TIME_PERIOD` would read back as a different
 *   spelling of the period (`2021-Q1/2021-Q2` reads back as `2021-01/2021-06`; a stored
 *   `2021-M06` as `2021-06`): then it holds the period exactly as stored.
 * - `UNIT_MEASURE` is the unit id of the unscaled unit and `UNIT_MULT` the power of ten, of the
 *   observation's unit or else its indicator's: 8.2 亿元 is `OBS_VALUE` 8.2, `UNIT_MEASURE`
 *   `yuan`, `UNIT_MULT` 8; 万 is 4; 公顷 is `hectare` with 0. `UNIT` holds the observation's own
 *   `unit` exactly as stored (`万元` or `wan-yuan`), empty when it has none (the indicator's
 *   unit applies).
 * - `OBS_STATUS` is A (actual), P (preliminary), E (estimated) or F (forecast);
 *   `OBS_QUALIFIER` is `approximately`, `more-than`, `at-least` or empty; `OBS_ID` is the
 *   observation's id or empty; `YOY_PERCENT` is the stated growth on the same period a year
 *   earlier (`yearOverYearPercent`, as stored) or empty; `PRICE_BASIS` is `current`,
 *   `comparable` or empty.
 * - A text a spreadsheet would run as a formula (starting with `= + - @`, a tab or a CR, and not
 *   a plain number) is written with a leading `'`; a text that itself starts with apostrophes
 *   before such a character gets one more. {@link fromSdmxCsv} drops exactly one.
 *
 * Several datasets (the towns of a district) go into one text, each dataset's rows after the
 * previous one's, each row with its own `REF_AREA`; {@link fromSdmxCsv} groups them by area.
 *
 * @param dataset - The dataset, or several; each is validated with `parseDataset` first and
 * none is changed.
 * @param options - `dataflow`, the `DATAFLOW` value.
 * @returns The CSV text, ending with CRLF.
 * @throws `IndicatorError` `invalid-dataset` when a dataset is not valid; `invalid-argument` (field
 * `dataset`) for an empty list;
 * `invalid-argument` (field `dataflow`) when `dataflow` is not a non-empty string, or (field
 * `options`) when `options` is not an object.
 *
 * @example
 * ```ts
 * import { parseDataset, toSdmxCsv } from 'tianmu-indicators/schemas';
 *
 * const dataset = parseDataset({
 *   id: 'town', area: { id: 'town', name: { zh: '某镇', en: 'A town' } },
 *   sources: [{ id: 'report', title: { zh: '报告', en: 'Report' }, issuer: { zh: '镇政府', en: 'Town' } }],
 *   indicators: [{ id: 'output', name: { zh: '产值', en: 'Output' }, unit: 'yuan', direction: 'increase', measure: 'flow', sector: 'industry', attribute: 'anticipatory' }],
 *   observations: [{ indicator: 'output', period: '2022/2026', value: '8.2', unit: '亿元', status: 'forecast', qualifier: 'approximately', source: { document: 'report', section: '今后五年', quote: '约8.2亿元' } }],
 *   claims: [], plans: [], projects: [],
 * });
 * const [header, row] = toSdmxCsv(dataset).split('\r\n');
 * header;
 * // => 'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,OBS_ID,PERIOD,UNIT,YOY_PERCENT,PRICE_BASIS,SOURCE_DOCUMENT,SOURCE_SECTION,SOURCE_QUOTE'
 * row;
 * // => 'TIANMU:INDICATORS(1.0),output,town,2022-01-01/P5Y,8.2,yuan,8,F,approximately,,,亿元,,,report,今后五年,约8.2亿元'
 * ```
 *
 * @category Interchange
 */
export function toSdmxCsv(
  dataset: Dataset | readonly Dataset[],
  options: ToSdmxCsvOptions = {},
): string {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  dataset = readPlain(dataset, 'dataset') as Dataset | readonly Dataset[];
  options = readPlain(options, 'options') as ToSdmxCsvOptions;
  // An unvalidated dataset of another shape (a null where a record belongs) fails inside: that
  // is an invalid-dataset, never a raw TypeError.
  return guarded('dataset', () => toSdmxCsvChecked(dataset, options), 'invalid-dataset');
}

function toSdmxCsvChecked(
  dataset: Dataset | readonly Dataset[],
  options: ToSdmxCsvOptions,
): string {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object such as { dataflow }',
    });
  }
  const dataflow = options.dataflow ?? DEFAULT_DATAFLOW;
  if (typeof dataflow !== 'string' || dataflow === '') {
    throw new IndicatorError('invalid-argument', {
      field: 'dataflow',
      value: dataflow,
      reason: 'expected a dataflow such as "TIANMU:INDICATORS(1.0)"',
    });
  }
  const datasets: readonly Dataset[] = Array.isArray(dataset) ? dataset : [dataset as Dataset];
  if (datasets.length === 0) {
    throw new IndicatorError('invalid-argument', {
      field: 'dataset',
      value: [],
      reason: 'expected a dataset or a non-empty list of datasets',
    });
  }
  const rows = datasets.flatMap((one) => rowsOf(one, dataflow));
  return toCsv([COLUMNS, ...rows]);
}

/** The rows of one dataset. */
function rowsOf(dataset: Dataset, dataflow: string): string[][] {
  const checked = parseDataset(dataset);
  const indicatorUnits = new Map(
    checked.indicators.map((indicator) => [indicator.id, indicator.unit]),
  );
  const rows = checked.observations.map((observation) => {
    // parseDataset has checked that the indicator exists and that the unit is in the catalogue.
    const unit = getUnit(observation.unit ?? (indicatorUnits.get(observation.indicator) as string));
    const timePeriod = toSdmxTimePeriod(observation.period);
    const cells: Record<(typeof COLUMNS)[number], string> = {
      DATAFLOW: dataflow,
      INDICATOR: observation.indicator,
      REF_AREA: checked.area.id,
      TIME_PERIOD: timePeriod,
      OBS_VALUE: observation.value,
      UNIT_MEASURE: unitForMultiplier(unit, -unit.unitMultiplier).id,
      UNIT_MULT: String(unit.unitMultiplier),
      OBS_STATUS: STATUS_CODES[observation.status],
      OBS_QUALIFIER: observation.qualifier ?? '',
      OBS_ID: observation.id ?? '',
      PERIOD: fromSdmxTimePeriod(timePeriod) === observation.period ? '' : observation.period,
      UNIT: observation.unit ?? '',
      YOY_PERCENT: observation.yearOverYearPercent ?? '',
      PRICE_BASIS: observation.priceBasis ?? '',
      SOURCE_DOCUMENT: observation.source.document,
      SOURCE_SECTION: observation.source.section,
      SOURCE_QUOTE: observation.source.quote,
    };
    return COLUMNS.map((column) => protectCell(cells[column]));
  });
  return rows;
}
