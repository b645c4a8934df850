import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { fromSdmxTimePeriod, toSdmxTimePeriod } from './_timePeriod.js';

describe('toSdmxTimePeriod', () => {
  it('writes single periods in the SDMX reporting forms', () => {
    expect(toSdmxTimePeriod('2021')).toBe('2021');
    expect(toSdmxTimePeriod('2021-H1')).toBe('2021-S1');
    expect(toSdmxTimePeriod('2021-S2')).toBe('2021-S2');
    expect(toSdmxTimePeriod('2021-Q3')).toBe('2021-Q3');
    expect(toSdmxTimePeriod('2021-06')).toBe('2021-M06');
    expect(toSdmxTimePeriod('2021-M11')).toBe('2021-M11');
    expect(toSdmxTimePeriod('2021-06-30')).toBe('2021-06-30');
  });

  it('writes ranges as the first day and a duration in years, months or days', () => {
    expect(toSdmxTimePeriod('2017/2021')).toBe('2017-01-01/P5Y');
    expect(toSdmxTimePeriod('2022/2026')).toBe('2022-01-01/P5Y');
    expect(toSdmxTimePeriod('2021/2021')).toBe('2021-01-01/P1Y');
    expect(toSdmxTimePeriod('2021-H1/2021-H2')).toBe('2021-01-01/P1Y');
    expect(toSdmxTimePeriod('2021-Q1/2021-Q3')).toBe('2021-01-01/P9M');
    expect(toSdmxTimePeriod('2021-07/2022-06')).toBe('2021-07-01/P12M');
    expect(toSdmxTimePeriod('2021-06-01/2021-06-30')).toBe('2021-06-01/P1M');
    expect(toSdmxTimePeriod('2021-06-01/2021-06-29')).toBe('2021-06-01/P29D');
    // 2024 is a leap year: 10 February to 9 March is 29 days (it would be 28 in 2023).
    expect(toSdmxTimePeriod('2024-02-10/2024-03-09')).toBe('2024-02-10/P29D');
    expect(toSdmxTimePeriod('2023-02-10/2023-03-09')).toBe('2023-02-10/P28D');
    expect(toSdmxTimePeriod('2021-06-15/2021-Q4')).toBe('2021-06-15/P200D');
    expect(toSdmxTimePeriod('9998/9999')).toBe('9998-01-01/P2Y');
  });
});

describe('fromSdmxTimePeriod', () => {
  it('reads SDMX single periods into the canonical spelling', () => {
    expect(fromSdmxTimePeriod('2021')).toBe('2021');
    expect(fromSdmxTimePeriod('2021-S1')).toBe('2021-H1');
    expect(fromSdmxTimePeriod('2021-H2')).toBe('2021-H2');
    expect(fromSdmxTimePeriod('2021-Q3')).toBe('2021-Q3');
    expect(fromSdmxTimePeriod('2021-M06')).toBe('2021-06');
    expect(fromSdmxTimePeriod('2021-06')).toBe('2021-06');
    expect(fromSdmxTimePeriod('2021-06-30')).toBe('2021-06-30');
  });

  it('reads ranges written start/end', () => {
    expect(fromSdmxTimePeriod('2017/2021')).toBe('2017/2021');
    expect(fromSdmxTimePeriod('2021-M01/2021-M03')).toBe('2021-01/2021-03');
  });

  it('reads start/duration as a range of years, months or days', () => {
    expect(fromSdmxTimePeriod('2017-01-01/P5Y')).toBe('2017/2021');
    expect(fromSdmxTimePeriod('2017/P5Y')).toBe('2017/2021');
    expect(fromSdmxTimePeriod('2021-01-01/P9M')).toBe('2021-01/2021-09');
    expect(fromSdmxTimePeriod('2021-07-01/P1Y')).toBe('2021-07/2022-06');
    expect(fromSdmxTimePeriod('2021-07-01/P1Y6M')).toBe('2021-07/2022-12');
    expect(fromSdmxTimePeriod('2021-06-01/P29D')).toBe('2021-06-01/2021-06-29');
    // The bounds choose the spelling, not the duration's unit: 30 days from 1 June is June.
    expect(fromSdmxTimePeriod('2021-06-01/P30D')).toBe('2021-06');
    expect(fromSdmxTimePeriod('2021-01-01/P365D')).toBe('2021');
    expect(fromSdmxTimePeriod('2021-03-15/P1M')).toBe('2021-03-15/2021-04-14');
    expect(fromSdmxTimePeriod('2021-Q2/P6M')).toBe('2021-04/2021-09');
  });

  it.each([
    // Every part of the duration counts, whichever others are given.
    ['2021-01-01/P1M1D', '2021-01-01/2021-02-01'],
    ['2021-01-01/P1Y1M', '2021-01/2022-01'],
    ['2021-01-01/P1Y1D', '2021-01-01/2022-01-01'],
    ['2021-01-01/P1Y1M1D', '2021-01-01/2022-02-01'],
  ])('reads the duration of %s in full', (text, period) => {
    expect(fromSdmxTimePeriod(text)).toBe(period);
  });

  it('collapses a range of one year, month or day into that period', () => {
    expect(fromSdmxTimePeriod('2021-01-01/P1Y')).toBe('2021');
    expect(fromSdmxTimePeriod('2021-06-01/P1M')).toBe('2021-06');
    expect(fromSdmxTimePeriod('2021-06-30/P1D')).toBe('2021-06-30');
    expect(fromSdmxTimePeriod('2021-01-01/P12M')).toBe('2021');
  });

  it('stops a month step at the last day of a shorter month, as ISO 8601 does', () => {
    // 31 January plus one month is 28 February; the range ends the day before.
    expect(fromSdmxTimePeriod('2021-01-31/P1M')).toBe('2021-01-31/2021-02-27');
    expect(fromSdmxTimePeriod('2024-01-31/P1M')).toBe('2024-01-31/2024-02-28');
  });

  it('rejects what is no period, with a reason', () => {
    const reason = (text: string) => {
      try {
        fromSdmxTimePeriod(text);
      } catch (error) {
        return (error as { code: string; details: { reason: string } }).details.reason;
      }
      return 'accepted';
    };
    expect(reason('2021-Q5')).toBe('quarter must be 1 to 4');
    expect(reason('2021-01-01/P5')).toBe(
      'expected a start and a duration such as 2017-01-01/P5Y, P6M or P10D',
    );
    expect(reason('2021-01-01/PT5H')).toBe(
      'expected a start and a duration such as 2017-01-01/P5Y, P6M or P10D',
    );
    expect(reason('2021-01-01/P')).toBe('the duration must be longer than zero');
    expect(reason('2021-01-01/P0Y0M')).toBe('the duration must be longer than zero');
    expect(reason('9999-01-01/P2Y')).toBe('the range ends after the year 9999');
    expect(reason('2021-02-30/P1Y')).toBe('day must be 01 to 28 in 2021-02');
    expect(reason('/P1Y')).toContain('expected YYYY');
    expect(reason('')).toContain('expected YYYY');
  });

  const periodReason =
    'expected YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, YYYY-MM-DD (or SDMX YYYY-S1, YYYY-M06), or a range such as 2022/2026';
  const durationReason = 'expected a start and a duration such as 2017-01-01/P5Y, P6M or P10D';
  it.each([
    // Its own errors name TIME_PERIOD; the periods layer's name the period it read.
    ['2021-01-01/P0D', 'TIME_PERIOD', 'the duration must be longer than zero'],
    ['2021-01-01/P1YP5Y', 'TIME_PERIOD', durationReason],
    ['2021-01-01/XP5Y', 'period', periodReason],
    // Without a slash there is no duration, even one of zero.
    ['P0Y', 'period', periodReason],
    ['P5Y', 'period', periodReason],
    ['2/P1Y', 'period', periodReason],
  ])('rejects %s naming %s', (text, field, reason) => {
    expect(detailsOf(() => fromSdmxTimePeriod(text))).toEqual(['invalid-period', field, reason]);
  });
});
