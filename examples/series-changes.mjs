// 同比 and 环比 on a quarterly series: each quarter against the same quarter a year earlier
// (yearOverYear) and against the quarter before (periodOverPeriod); a rate series changes in
// percentage points (百分点). The figures are illustrative, not from the report.
import {
  formatPercent,
  formatPercentagePoints,
  formatPeriodLabel,
  periodOverPeriod,
  yearOverYear,
} from 'tianmu-indicators';

// 旅游收入 (万元), quarter by quarter; 2021-Q4 is not reported yet.
const income = [
  { period: '2020-Q1', value: '850' },
  { period: '2020-Q2', value: '1200' },
  { period: '2020-Q3', value: '1650' },
  { period: '2020-Q4', value: '900' },
  { period: '2021-Q1', value: '960' },
  { period: '2021-Q2', value: '1380' },
  { period: '2021-Q3', value: '1584' },
];
const options = { direction: 'increase' };
const yoy = yearOverYear(income, options);
const pop = periodOverPeriod(income, options);
const show = (change) =>
  change.relativeChange === null
    ? `— (${change.status})`
    : `${formatPercent(change.relativeChange, { signDisplay: 'except-zero', maximumFractionDigits: 1 })} ${change.trend}`;
// Chinese characters take two columns in a terminal.
const width = (text) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
const padEnd = (text, columns) => text + ' '.repeat(Math.max(0, columns - width(text)));
console.log(`${padEnd('时期', 16)}${padEnd('同比', 20)}环比`);
for (const [index, change] of yoy.changes.entries()) {
  const label = padEnd(formatPeriodLabel(change.period), 16);
  console.log(`${label}${padEnd(show(change), 20)}${show(pop.changes[index])}`);
}
console.log(`同比缺口 (gaps): ${yoy.gaps.join(', ') || 'none'}`);

// 城镇登记失业率 (%): a rate, lower is better; its changes are percentage points.
const unemployment = [
  { period: '2019', value: '3.1' },
  { period: '2020', value: '3.6' },
  { period: '2021', value: '3.2' },
];
for (const change of yearOverYear(unemployment, { direction: 'decrease', measure: 'rate' })
  .changes) {
  if (change.percentagePointChange === null) continue;
  console.log(
    `${formatPeriodLabel(change.period)} 失业率 ${change.value}%: ${formatPercentagePoints(change.percentagePointChange)} (${formatPercentagePoints(change.percentagePointChange, { locale: 'en' })}), ${change.trend}`,
  );
}
