// Following the Tianmushan 2022 plan through the year: the 1–6月 and 1–9月 figures are added as
// they come out, and the plan's annual growth targets move from not assessable to a status.
// The figures are illustrative, chosen to be plausible; they are not from the report.
import { assessPlan, formatPercent, formatPeriodLabel, formatQuantity } from 'tianmu-indicators';
import { addObservations, parseObservationsCsv } from 'tianmu-indicators/schemas';
import { tianmushan } from 'tianmu-indicators/tianmushan';

const HEADER = 'indicator,period,value,unit,status,qualifier,yoy_percent,price_basis';
const firstHalf = [
  HEADER,
  'services-value-added,2021-01/2021-06,1.4,亿元,actual,,,',
  'services-value-added,2022-01/2022-06,1.52,亿元,actual,,,',
  'retail-sales,2022-01/2022-06,3.5,亿元,actual,,,',
  'industrial-output-above-size,2022-01/2022-06,4.3,亿元,actual,,7.2,current',
  'fiscal-revenue,2022-01/2022-06,6800,万元,actual,,5.1,current',
].join('\n');
const firstThreeQuarters = [
  HEADER,
  'services-value-added,2021-01/2021-09,2.15,亿元,actual,,,',
  'services-value-added,2022-01/2022-09,2.38,亿元,actual,,,',
  'retail-sales,2022-01/2022-09,5.3,亿元,actual,,,',
  'industrial-output-above-size,2022-01/2022-09,6.6,亿元,actual,,6.4,current',
  'fiscal-revenue,2022-01/2022-09,9900,万元,actual,,6.9,current',
  'agricultural-value-added,2022-01/2022-09,3.1,亿元,actual,,4.8,comparable',
].join('\n');

// The figures cite a monitoring source of their own.
const monitoring = {
  id: 'monitoring-2022',
  title: { zh: '2022年统计月报', en: 'Monthly statistics 2022' },
  issuer: { zh: '天目山镇统计站', en: 'Tianmushan statistics office' },
};
const read = (csv, file) =>
  parseObservationsCsv(csv, { file, indicators: tianmushan.indicators, document: monitoring.id });

function show(dataset, asOf) {
  const scorecard = assessPlan(dataset, 'plan-2022', { asOf });
  console.log(`${scorecard.title.en}, as of ${asOf}`);
  for (const a of scorecard.assessments) {
    if (a.kind !== 'growth') continue;
    // The year-to-date figure judged, with its growth on the same months of 2021.
    const ytd = a.yearToDate;
    const figure =
      ytd === null
        ? '—'
        : `${formatPeriodLabel(ytd.period, { locale: 'en' })}: ${formatQuantity(ytd.value, a.unit, { locale: 'en' })}` +
          (ytd.growth === null ? '' : `, ${formatPercent(ytd.growth)} (${ytd.growthSource})`);
    const status = a.reason === null ? a.status : `${a.status} (${a.reason})`;
    console.log(`  ${a.title.en.padEnd(46)} ${figure.padEnd(58)} ${status}`);
  }
  const { counts } = scorecard;
  console.log(
    `  on track ${counts['on-track']} · needs acceleration ${counts['needs-acceleration']} · not assessable ${counts['not-assessable']}`,
  );
}

const plan = { ...tianmushan, sources: [...tianmushan.sources, monitoring] };
show(plan, '2022-07-15');

const july = addObservations(plan, read(firstHalf, '2022-h1.csv'));
show(july, '2022-07-15');

const october = addObservations(july, read(firstThreeQuarters, '2022-q3.csv'));
show(october, '2022-10-15');
