import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { compoundPath, dated } from './_paths.js';

const days = (path: readonly { day: string }[]) => path.map((point) => point.day);

describe('compoundPath', () => {
  it('joins two years by annual milestones', () => {
    const path = compoundPath(dated('2021', new Decimal(8)), dated('2023', new Decimal(8.82)));
    expect(path.map((point) => [point.period, point.value.toString()])).toEqual([
      ['2021', '8'],
      ['2022', '8.4'],
      ['2023', '8.82'],
    ]);
  });

  it('joins a year and a quarter by yearly anniversaries of the first day drawn', () => {
    const path = compoundPath(dated('2021', new Decimal(8)), dated('2023-Q2', new Decimal(9)));
    expect(days(path)).toEqual(['2021-12-31', '2022-12-31', '2023-06-30']);
    expect(path.at(-1)?.period).toBe('2023-Q2');
    // One year of the 1.5 between the ends: 8·(9/8)^(1/1.5).
    expect(path[1]?.value.toFixed(10)).toBe(
      new Decimal(9).div(8).pow(new Decimal(2).div(3)).times(8).toFixed(10),
    );
  });

  it('draws a straight line where compound growth has no meaning', () => {
    const path = compoundPath(dated('2021', new Decimal(0)), dated('2023', new Decimal(5)));
    expect(days(path)).toEqual(['2021-12-31', '2023-12-31']);
  });
});
