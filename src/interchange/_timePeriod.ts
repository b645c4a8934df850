/**
 * SDMX TIME_PERIOD spellings of the library's periods. Single periods use the SDMX reporting
 * forms (`2021`, `2021-S1`, `2021-Q3`, `2021-M06`, `2021-06-30`); ranges use SDMX's
 * start/duration form (`2017-01-01/P5Y`).
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPeriod, parsePeriod, periodEnd, periodStart } from '../periods/index.js';

const MS_PER_DAY = 86_400_000;
const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,6})M)?(?:(\d{1,7})D)?$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of a UTC midnight; the year may pass 9999, which the caller then rejects. */
function dayText(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function monthText(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
}

function invalid(value: string, reason: string): IndicatorError {
  return new IndicatorError('invalid-period', { field: 'TIME_PERIOD', value, reason });
}

/**
 * The SDMX TIME_PERIOD of a valid period string. A range becomes its first day and a duration:
 * whole calendar years `P5Y`, else whole months `P9M`, else days `P30D`.
 */
export function toSdmxTimePeriod(period: string): string {
  const parsed = parsePeriod(period);
  switch (parsed.kind) {
    case 'year':
    case 'day':
      return formatPeriod(parsed);
    case 'half':
      return `${parsed.year}-S${parsed.half}`;
    case 'quarter':
      return `${parsed.year}-Q${parsed.quarter}`;
    case 'month':
      return `${parsed.year}-M${pad(parsed.month)}`;
    case 'range': {
      const start = periodStart(parsed);
      const next = new Date(periodEnd(parsed).getTime() + MS_PER_DAY);
      const months =
        (next.getUTCFullYear() - start.getUTCFullYear()) * 12 +
        next.getUTCMonth() -
        start.getUTCMonth();
      let duration: string;
      if (start.getUTCDate() !== 1 || next.getUTCDate() !== 1) {
        duration = `P${Math.round((next.getTime() - start.getTime()) / MS_PER_DAY)}D`;
      } else if (start.getUTCMonth() === 0 && months % 12 === 0) {
        duration = `P${months / 12}Y`;
      } else duration = `P${months}M`;
      return `${dayText(start)}/${duration}`;
    }
  }
}

/**
 * Reads an SDMX TIME_PERIOD (or the library's own spelling) into the canonical period string.
 * `start/duration` becomes a range in the coarsest spelling its bounds allow, whatever unit the
 * duration is in: years when it runs from a 1 January to a 31 December, else months when it runs
 * from a first to a last of the month, else days. A range of one year, month or day is that
 * single period (`2021-06-01/P30D` is `2021-06`).
 *
 * @throws `IndicatorError` `invalid-period` whose `details.reason` says what is wrong.
 */
export function fromSdmxTimePeriod(text: string): string {
  const slash = text.indexOf('/');
  if (slash === -1 || text[slash + 1] !== 'P') return formatPeriod(text);
  const startText = text.slice(0, slash);
  const match = DURATION.exec(text.slice(slash + 1));
  if (match === null) {
    throw invalid(text, 'expected a start and a duration such as 2017-01-01/P5Y, P6M or P10D');
  }
  const [years, months, days] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  if (years + months + days === 0) throw invalid(text, 'the duration must be longer than zero');
  const start = periodStart(startText);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + years * 12 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  // ISO 8601 adds months to a day that the target month lacks by stopping at its last day.
  const day = Math.min(start.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  const next = new Date(Date.UTC(year, month, day) + days * MS_PER_DAY);
  const last = new Date(next.getTime() - MS_PER_DAY);
  if (last.getUTCFullYear() > 9999) throw invalid(text, 'the range ends after the year 9999');
  let first: string;
  let end: string;
  if (
    start.getUTCMonth() === 0 &&
    start.getUTCDate() === 1 &&
    next.getUTCMonth() === 0 &&
    next.getUTCDate() === 1
  ) {
    first = String(start.getUTCFullYear());
    end = String(last.getUTCFullYear());
  } else if (start.getUTCDate() === 1 && next.getUTCDate() === 1) {
    first = monthText(start);
    end = monthText(last);
  } else {
    first = dayText(start);
    end = dayText(last);
  }
  return first === end ? first : `${first}/${end}`;
}
