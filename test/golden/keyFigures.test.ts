import { readFileSync } from 'node:fs';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';

// The golden files (test/fixtures/cli/, examples/expected/) were written by the code itself, so
// a wrong number could be blessed by an update. Here their key figures are recomputed straight
// from the inputs they show, with decimal.js at 80 digits and nothing from the library: a
// figure printed in full must be the correctly rounded 34-digit value, a display figure must be
// within half a unit of its last digit of the exact value.

const Wide = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_EVEN });
const w = (value: string | number) => new Wide(value);

function read(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** A small CSV reader (quoted cells, doubled quotes), independent of the library's. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  const [header, ...body] = rows as [string[], ...string[][]];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** The exact value rounded half-even to 34 significant digits, as the library prints it. */
function full(value: DecimalJs): string {
  return value.toSignificantDigits(34).toFixed();
}

/** Whether `shown` is within half a unit of its last digit of `exact`. */
function roundsTo(shown: string, exact: DecimalJs): boolean {
  const point = shown.indexOf('.');
  const places = point === -1 ? 0 : shown.length - point - 1;
  return exact.minus(shown).abs().lte(w(10).pow(-places).div(2));
}

/** The first year of a row's path. */
function firstYear(row: Record<string, string>): number {
  return Number((row.path as string).split(':')[0]);
}

/** `(1 + r)^years` at the row's stated rate. */
function rateFactor(row: Record<string, string>, years: number): DecimalJs {
  return w(1)
    .plus(row.required_annual_rate as string)
    .pow(years);
}

const SCORECARDS = [
  'test/fixtures/cli/scorecard.tianmushan.csv',
  'test/fixtures/cli/scorecard.progress.csv',
  'test/fixtures/cli/scorecard.implied.csv',
];

describe('scorecard CSV goldens: rates, completions and paths', () => {
  for (const file of SCORECARDS) {
    const rows = parseCsv(read(file)).filter(
      (row) => row.kind === 'level' || row.kind === 'growth',
    );

    it(`${file}: every figure recomputed`, () => {
      let checked = 0;
      for (const row of rows) {
        const b = row.baseline_value as string;
        const t = row.target_value as string;
        const years = Number(row.target_period) - Number(row.baseline_period);
        if (b && t && row.required_annual_rate) {
          // (T/b)^(1/n) − 1.
          const rate = w(t).div(b).pow(w(1).div(years)).minus(1);
          expect(row.required_annual_rate, row.target).toBe(full(rate));
          checked++;
        }
        if (row.latest_value && t && row.completion_level) {
          // a/T (at-least) or 2 − a/T (at-most).
          const share = w(row.latest_value).div(t);
          expect([full(share), full(w(2).minus(share))], row.target).toContain(
            row.completion_level,
          );
          checked++;
        }
        if (row.latest_value && b && t && row.completion_increment) {
          const increment = w(row.latest_value).minus(b).div(w(t).minus(b));
          expect(row.completion_increment, row.target).toBe(full(increment));
          checked++;
        }
        for (const point of row.path ? row.path.split(' ') : []) {
          const [year, value] = point.split(':') as [string, string];
          const exact = b
            ? // b·(T/b)^((y − y0)/(yT − y0)).
              w(b).times(
                w(t)
                  .div(b)
                  .pow(w(Number(year) - Number(row.baseline_period)).div(years)),
              )
            : // Without a baseline the path starts from the base the stated rate implies,
              // T/(1 + r)^(yT − y0) printed to 34 digits, and compounds that printed base.
              w(full(w(t).div(rateFactor(row, Number(row.target_period) - firstYear(row))))).times(
                rateFactor(row, Number(year) - firstYear(row)),
              );
          expect(value, `${row.target} ${year}`).toBe(full(exact));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(5);
    });
  }
});

describe('year-to-date scorecard goldens: growth, pace and completion', () => {
  // The figures given, read straight from the observations file the goldens were made from.
  const given = parseCsv(read('test/fixtures/cli/scorecard.ytd.observations.csv'));
  const figure = (indicator: string, period: string) =>
    given.find((row) => row.indicator === indicator && row.period === period);
  // The 2022 plan's growth targets (增长6% …) and the 2021 figures of the shipped dataset.
  const planned: Record<string, string> = {
    'industrial-output-above-size': '6',
    'agricultural-value-added': '5',
    'services-value-added': '10',
    'retail-sales': '10',
    'fiscal-revenue': '8',
  };
  const base2021: Record<string, string> = { 'retail-sales': '6.7', 'services-value-added': '2.9' };
  const lastYear = (period: string) => period.replace(/\d{4}/g, (year) => String(Number(year) - 1));

  /** g from the two levels when both are given, else the stated yoy; null without either. */
  function growthOf(indicator: string, period: string): DecimalJs | null {
    const current = figure(indicator, period) as Record<string, string>;
    const previous = figure(indicator, lastYear(period));
    if (previous)
      return w(current.value as string)
        .div(previous.value as string)
        .minus(1);
    return current.yoy_percent ? w(current.yoy_percent).div(100) : null;
  }

  it('1—9月 as JSON: every figure recomputed', () => {
    const json = JSON.parse(read('test/fixtures/cli/scorecard.ytd.json'));
    const assessments = json.scorecards[0].assessments.filter(
      (a: { basis: string }) => a.basis === 'year-to-date',
    );
    expect(assessments.map((a: { indicator: string }) => a.indicator).sort()).toEqual(
      Object.keys(planned).sort(),
    );
    for (const a of assessments) {
      const id = a.indicator as string;
      const p = w(planned[id] as string).div(100);
      const ytd = a.yearToDate;
      expect(ytd.period).toBe('2022-01/2022-09');
      expect(ytd.value).toBe(figure(id, ytd.period)?.value);
      expect(a.timeElapsed).toBe(full(w(9).div(12)));
      const g = growthOf(id, ytd.period);
      if (g === null) {
        // No growth to compare: the sum so far against b·(1 + p), at months/12.
        const share = w(ytd.value).div(w(base2021[id] as string).times(p.plus(1)));
        expect(a.completion.level, id).toBe(full(share));
        expect(a.progressRatio, id).toBe(full(share.div(w(9).div(12))));
        continue;
      }
      expect(ytd.growth, id).toBe(full(g));
      expect(ytd.growthSource, id).toBe(figure(id, lastYear(ytd.period)) ? 'computed' : 'stated');
      expect(a.progressRatio, id).toBe(full(g.div(p)));
      expect(a.completion.growth, id).toBe(full(g.plus(1).div(p.plus(1))));
    }
  });

  it('1—6月 as a table: the growth, time elapsed and completion shown', () => {
    const text = read('test/fixtures/cli/scorecard.ytd.zh.txt');
    const rows = text
      .slice(text.indexOf('年内累计'))
      .split('\n\n')[0]
      ?.split('\n')
      .slice(3) as string[];
    const indicators = [
      'industrial-output-above-size',
      'services-value-added',
      'retail-sales',
      'fiscal-revenue',
    ];
    expect(rows).toHaveLength(indicators.length);
    rows.forEach((line, i) => {
      const id = indicators[i] as string;
      const percents = [
        ...line
          .split(/\s{2,}/)
          .slice(1)
          .join(' ')
          .matchAll(/([\d.]+)%/g),
      ].map((m) => m[1] as string);
      const g = growthOf(id, '2022-01/2022-06');
      const p = w(planned[id] as string).div(100);
      const completion =
        g === null
          ? w(figure(id, '2022-01/2022-06')?.value as string).div(
              w(base2021[id] as string).times(p.plus(1)),
            )
          : g.plus(1).div(p.plus(1));
      const expected = g === null ? [w(50), completion] : [g, w(50), completion];
      expect(percents, line).toHaveLength(expected.length);
      percents.forEach((shown, k) => {
        const exact = k === expected.length - 2 ? w(50) : (expected[k] as DecimalJs).times(100);
        expect(roundsTo(shown, exact), `${line}: ${shown}`).toBe(true);
      });
    });
  });
});

describe('audit CSV golden: implied levels, changes and shares', () => {
  const rows = parseCsv(read('test/fixtures/cli/audit.tianmushan.csv'));
  const number = '(-?\\d+(?:\\.\\d+)?)';
  // An amount as English findings write it: `CNY 40,000`, `CNY 402.4 million`, `3,500`.
  const amount = '(?:CNY )?([\\d,]+(?:\\.\\d+)?(?: million| billion)?)';
  const SCALES: Record<string, number> = { million: 1e6, billion: 1e9 };
  /** The digits of an amount and the scale they are in. */
  function digits(shown: string): { text: string; scale: DecimalJs } {
    const [text, word] = shown.split(' ') as [string, string | undefined];
    return { text: text.replace(/,/g, ''), scale: w(word === undefined ? 1 : (SCALES[word] ?? 1)) };
  }
  /** An amount's exact value in yuan (or its unit). */
  const amountOf = (shown: string) => {
    const { text, scale } = digits(shown);
    return w(text).times(scale);
  };
  /** Whether an amount shown is within half a unit of its last digit of `exact` (in yuan). */
  const amountRoundsTo = (shown: string, exact: DecimalJs) => {
    const { text, scale } = digits(shown);
    return roundsTo(text, exact.div(scale));
  };

  it('implied earlier levels are the later level over the stated growth', () => {
    const pattern = new RegExp(
      `stated ${number}% is unverifiable; from ${amount} in (\\d{4}) it implies ${amount} in (\\d{4})`,
    );
    let checked = 0;
    for (const row of rows) {
      const match = pattern.exec(row.message_en as string);
      if (!match) continue;
      const [, stated, later, , shown] = match as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      // The stated change is over the whole span: earlier = later / (1 + stated/100).
      const exact = amountOf(later).div(w(1).plus(w(stated).div(100)));
      expect(amountRoundsTo(shown, exact), row.id).toBe(true);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it('a change between two levels is their ratio less one', () => {
    const pattern = new RegExp(`${amount} \\(\\d{4}\\) to ${amount} \\(\\d{4}\\) is ${number}%`);
    const match = rows.map((row) => pattern.exec(row.message_en as string)).find(Boolean);
    const [, from, to, shown] = match as unknown as [string, string, string, string];
    expect(shown).toBe('44.3001');
    expect(roundsTo(shown, amountOf(to).div(amountOf(from)).minus(1).times(100))).toBe(true);
  });

  it('a base implied by a level target and its rate is the target over (1 + r)^n', () => {
    const pattern = new RegExp(
      `${amount} by (\\d{4}) at ${number}% a year implies a (\\d{4}) base of ${amount}`,
    );
    let checked = 0;
    for (const row of rows) {
      const match = pattern.exec(row.message_en as string);
      if (!match) continue;
      const [, target, by, rate, from, shown] = match as unknown as string[];
      const exact = amountOf(target as string).div(
        w(1)
          .plus(w(rate as string).div(100))
          .pow(Number(by) - Number(from)),
      );
      expect(amountRoundsTo(shown as string, exact), row.id).toBe(true);
      checked++;
    }
    expect(checked).toBe(2);
  });

  it('a rate needed between two levels, and the share of a cumulative total', () => {
    const needs = rows
      .map((row) =>
        new RegExp(`${amount} by (\\d{4}) from ${amount} in (\\d{4}) needs ${number}%`).exec(
          row.message_en as string,
        ),
      )
      .find(Boolean) as unknown as string[];
    const [, target, by, base, from, shown] = needs;
    const rate = amountOf(target as string)
      .div(amountOf(base as string))
      .pow(w(1).div(Number(by) - Number(from)))
      .minus(1)
      .times(100);
    expect(roundsTo(shown as string, rate)).toBe(true);

    const share = new RegExp(`${amount} \\S+ in \\d{4} is ${number}% of the ${amount} `);
    let checked = 0;
    for (const row of rows) {
      const match = share.exec(row.message_en as string);
      if (!match) continue;
      const [, part, shownShare, total] = match as unknown as string[];
      expect(
        roundsTo(
          shownShare as string,
          amountOf(part as string)
            .div(amountOf(total as string))
            .times(100),
        ),
      ).toBe(true);
      checked++;
    }
    expect(checked).toBe(3);
  });
});

describe('examples/expected goldens', () => {
  it('project-target: the implied base, the path and the years to reach', () => {
    const lines = read('examples/expected/project-target.mjs.txt').split('\n');
    // 10.5 by 2026 at 6% a year.
    const base = w('10.5').div(w('1.06').pow(5));
    expect(lines[0]).toMatch(/^implied 2021 base: ([\d.]+) 亿元$/);
    expect(
      roundsTo((/([\d.]+) 亿元/.exec(lines[0] as string) as RegExpExecArray)[1] as string, base),
    ).toBe(true);
    for (let year = 2021; year <= 2026; year++) {
      const line = lines.find((text) => text.startsWith(`${year} `)) as string;
      const shown = (/([\d.]+) 亿元/.exec(line) as RegExpExecArray)[1] as string;
      expect(roundsTo(shown, base.times(w('1.06').pow(year - 2021))), line).toBe(true);
    }
    const years = (
      /years from 8 to 10.5 at 6%: ([\d.]+)/.exec(lines.join('\n')) as RegExpExecArray
    )[1];
    expect(roundsTo(years as string, w('10.5').div(8).ln().div(w('1.06').ln()))).toBe(true);
  });

  it('monthly-monitoring: computed growths are the two year-to-date levels less one', () => {
    const text = read('examples/expected/monthly-monitoring.mjs.txt');
    const shown = [...text.matchAll(/([\d.]+)% \(computed\)/g)].map((m) => m[1] as string);
    // Services value added, 1—6月 1.52 on 1.4 and 1—9月 2.38 on 2.15 (亿元).
    expect(shown).toHaveLength(2);
    expect(roundsTo(shown[0] as string, w('1.52').div('1.4').minus(1).times(100))).toBe(true);
    expect(roundsTo(shown[1] as string, w('2.38').div('2.15').minus(1).times(100))).toBe(true);
    expect(text.match(/not-assessable \(no-data\)/g)).toHaveLength(4);
  });

  it('district: the roll-up sums, the per-capita ratio of sums and the growth ranking', () => {
    const text = read('examples/expected/district.mjs.txt');
    // Output (亿元; 5000 and 4800 万元 are 0.5 and 0.48): 平湖 8.2 → 9.1, 青山 0.5 → 0.48,
    // 河西 12.5 → 13.75. Rural income 9.4544 亿元 and 30000 万元 over 40,000 and 15,000 people.
    const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), w(0));
    expect(text).toContain(`2022: ${sum(['8.2', '0.5', '12.5']).toFixed()}亿元`);
    expect(text).toContain(`2023: ${sum(['9.1', '0.48', '13.75']).toFixed()}亿元`);
    const perCapita = w('9.4544')
      .plus(w(30000).div(10_000))
      .times(1e8)
      .div(40_000 + 15_000);
    const shown = /人均可支配收入 2022: ([\d.]+) 元/.exec(text)?.[1] as string;
    expect(shown).toBe(perCapita.toSignificantDigits(34).toFixed());
    const growth = (from: string, to: string) => w(to).div(from).minus(1).times(100);
    const ranked = [...text.matchAll(/#(\d) (\S+) (-?[\d.]+)%/g)].map((m) => [m[1], m[2], m[3]]);
    expect(ranked.map((row) => row.slice(0, 2))).toEqual([
      ['1', '平湖镇'],
      ['2', '河西镇'],
      ['3', '青山镇'],
    ]);
    const exact = [growth('8.2', '9.1'), growth('12.5', '13.75'), growth('5000', '4800')];
    ranked.forEach((row, index) => {
      expect(roundsTo(row[2] as string, exact[index] as DecimalJs)).toBe(true);
    });
  });

  it('another-town: derived sums and ratios, component growths, stated and implied rates', () => {
    const text = read('examples/expected/another-town.mjs.txt');
    const rate = (from: string, to: string, years: number) =>
      w(to).div(from).pow(w(1).div(years)).minus(1).times(100);
    const percent = (pattern: RegExp) => pattern.exec(text)?.[1] as string;
    expect(text).toContain(`total-output 2023: ${w('17.2').plus('14.68').toFixed()} 亿元`);
    expect(text).toContain(
      `income-per-capita 2023: ${w('9.4544').times(1e8).div(40_000).toFixed()} 元`,
    );
    // The parts' 2022 levels are each 2023 level over its stated growth.
    const parts2022 = w('17.2').div('1.055').plus(w('14.68').div('1.09'));
    expect(roundsTo(percent(/推算2022年为([\d.]+)亿元/), parts2022)).toBe(true);
    const partsGrowth = w('31.88').div(parts2022).minus(1).times(100);
    expect(
      roundsTo(percent(/imply CNY [\d.]+ billion in 2022, a growth of ([\d.]+)%/), partsGrowth),
    ).toBe(true);
    expect(
      roundsTo(percent(/\(2023\) is ([\d.]+)% a year; stated 9.4%/), rate('1236', '1935.8', 5)),
    ).toBe(true);
    const nominal = rate('497.8', '779', 5);
    expect(roundsTo(percent(/\(2023\) is ([\d.]+)% a year at current prices/), nominal)).toBe(true);
    const prices = nominal.div(100).plus(1).div('1.073').minus(1).times(100);
    expect(roundsTo(percent(/imply prices changing ([\d.]+)% a year/), prices)).toBe(true);
    expect(roundsTo(percent(/needs ([\d.]+)% a year/), rate('80', '105', 6))).toBe(true);
  });

  it('audit: the change between two levels and the pace of a cumulative total', () => {
    const text = read('examples/expected/audit.mjs.txt');
    const change = /CNY 40,000 \(2021\) is ([\d.]+)%/.exec(text)?.[1] as string;
    expect(roundsTo(change, w(40_000).div(27_720).minus(1).times(100))).toBe(true);
    const share = /350 mu in 2021 is ([\d.]+)% of the 3,500 mu/.exec(text)?.[1] as string;
    expect(roundsTo(share, w(350).div(3500).times(100))).toBe(true);
    expect(text).toContain(
      `add ${w(3500).minus(350).toNumber().toLocaleString('en-US')} mu, ${w(3500).minus(350).div(4).toFixed()} a year`,
    );
  });

  it('series-changes: year-on-year and period-on-period changes of the quarters', () => {
    const text = read('examples/expected/series-changes.mjs.txt');
    const quarters = ['850', '1200', '1650', '900', '960', '1380', '1584'];
    const rows = text.split('\n').filter((line) => /^20\d\d年第/.test(line));
    expect(rows).toHaveLength(quarters.length);
    const shownPercent = (cell: string) => /([+-][\d.]+)%/.exec(cell)?.[1];
    rows.forEach((row, index) => {
      const [yoy, pop] = row.split(/\s{2,}/).slice(1) as [string, string];
      const change = (earlier: number) =>
        w(quarters[index] as string)
          .div(quarters[earlier] as string)
          .minus(1)
          .times(100);
      if (index >= 4) expect(roundsTo(shownPercent(yoy) as string, change(index - 4))).toBe(true);
      else expect(yoy).toContain('series-start');
      if (index >= 1) expect(roundsTo(shownPercent(pop) as string, change(index - 1))).toBe(true);
    });
    expect(text).toContain(`失业率 3.6%: +${w('3.6').minus('3.1').toFixed()}个百分点`);
    expect(text).toContain(`失业率 3.2%: ${w('3.2').minus('3.6').toFixed()}个百分点`);
  });

  it('scorecard: the rate a level target implies from its base', () => {
    const text = read('examples/expected/scorecard.mjs.txt');
    // 农民人均收入 40,000 元 in 2021 to 50,000 元 in 2026.
    const shown = /农民人均收入达到5万元\s+50,000元\s+([\d.]+)%/.exec(text)?.[1] as string;
    expect(roundsTo(shown, w(50_000).div(40_000).pow(w(1).div(5)).minus(1).times(100))).toBe(true);
  });

  it('compare-periods: the change, its percent and its annual rate', () => {
    const text = read('examples/expected/compare-periods.cjs.txt');
    const match = /change (\d+) 元, ([\d.]+)%, ([\d.]+)% a year/.exec(text) as RegExpExecArray;
    expect(match[1]).toBe(w(40000).minus(27720).toFixed());
    expect(roundsTo(match[2] as string, w(40000).div(27720).minus(1).times(100))).toBe(true);
    const annual = w(40000).div(27720).pow(w(1).div(5)).minus(1).times(100);
    expect(roundsTo(match[3] as string, annual)).toBe(true);
  });
});
