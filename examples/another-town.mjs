// Modelling another town from scratch: a dataset with a total and its parts, a per-capita
// figure, a stated 年均增长 and a GDP growth at comparable prices; validated, derived, audited
// and assessed. The figures are of the kind other towns' reports state.
import { assessPlan, auditDataset, deriveObservations } from 'tianmu-indicators';
import { parseDataset } from 'tianmu-indicators/schemas';

const source = (quote) => ({ document: 'report-2023', section: '工作报告', quote });
const indicator = (id, zh, en, unit, extra = {}) => ({
  id,
  name: { zh, en },
  unit,
  direction: 'increase',
  measure: 'flow',
  sector: 'economy',
  attribute: 'anticipatory',
  ...extra,
});
const observation = (id, period, value, quote, extra = {}) => ({
  indicator: id,
  period,
  value,
  status: 'actual',
  qualifier: null,
  source: source(quote),
  ...extra,
});

const town = parseDataset({
  id: 'qingshan',
  area: { id: 'qingshan', name: { zh: '青山镇', en: 'Qingshan Town' } },
  sources: [
    {
      id: 'report-2023',
      title: { zh: '政府工作报告', en: 'Government work report' },
      issuer: { zh: '青山镇人民政府', en: 'Qingshan Town Government' },
    },
  ],
  indicators: [
    indicator('agricultural-output', '农业总产值', 'Agricultural output', '亿元'),
    indicator('industrial-output', '工业总产值', 'Industrial output', '亿元'),
    indicator('total-output', '工农业总值', 'Agricultural and industrial output', '亿元', {
      formula: { op: 'sum', of: ['agricultural-output', 'industrial-output'] },
      aggregation: 'sum',
    }),
    indicator('resident-income', '居民收入总额', 'Residents’ total income', '亿元'),
    indicator('population', '常住人口', 'Resident population', '人', { measure: 'stock' }),
    indicator('income-per-capita', '人均收入', 'Income per resident', '元', {
      measure: 'stock',
      formula: {
        op: 'ratio',
        numerator: 'resident-income',
        denominator: 'population',
        multiplier: '1',
      },
      aggregation: 'formula',
    }),
    indicator(
      'industry-above-size',
      '规上工业产值',
      'Industrial output above designated size',
      '亿元',
    ),
    indicator('gdp', '地区生产总值', 'Gross domestic product', '亿元'),
    indicator('tourists', '接待游客', 'Tourist visits', '万人次'),
  ],
  observations: [
    observation('total-output', '2023', '31.88', '工农业总值31.88亿元,增长7%', {
      yearOverYearPercent: '7',
    }),
    observation('agricultural-output', '2023', '17.2', '农业总产值17.2亿元,增长5.5%', {
      yearOverYearPercent: '5.5',
    }),
    observation('industrial-output', '2023', '14.68', '工业总产值14.68亿元,增长9%', {
      yearOverYearPercent: '9',
    }),
    observation('resident-income', '2023', '9.4544', '居民收入总额9.4544亿元'),
    observation('population', '2023', '40000', '常住人口4万人'),
    observation('industry-above-size', '2018', '1236', '规上工业产值从1236亿元'),
    observation('industry-above-size', '2023', '1935.8', '增加到1935.8亿元'),
    observation('gdp', '2018', '497.8', '地区生产总值从497.8亿元'),
    observation('gdp', '2023', '779', '增加到779亿元'),
    observation('tourists', '2020', '80', '接待游客80万人次'),
    observation('tourists', '2023', '90', '接待游客90万人次'),
  ],
  claims: [
    {
      id: 'industry-above-size-2018-2023',
      indicator: 'industry-above-size',
      fromPeriod: '2018',
      toPeriod: '2023',
      statedAnnualPercent: '9.4',
      qualifier: null,
      source: source('规上工业产值从1236亿元增加到1935.8亿元,年均增长9.4%'),
    },
    {
      id: 'gdp-2018-2023',
      indicator: 'gdp',
      fromPeriod: '2018',
      toPeriod: '2023',
      statedAnnualPercent: '7.3',
      priceBasis: 'comparable',
      qualifier: null,
      source: source('地区生产总值从497.8亿元增加到779亿元,年均增长7.3%'),
    },
  ],
  plans: [
    {
      id: 'plan-2021-2026',
      title: { zh: '五年目标', en: 'Five-year goals' },
      issuer: { zh: '青山镇人民政府', en: 'Qingshan Town Government' },
      adoptedOn: '2021-01-15',
      period: '2021/2026',
      source: 'report-2023',
      targets: [
        {
          kind: 'level',
          id: 'tourists-2026',
          title: { zh: '接待游客105万人次', en: '1.05 million tourist visits' },
          attribute: 'anticipatory',
          source: source('到2026年接待游客105万人次'),
          indicator: 'tourists',
          value: '105',
          period: '2026',
          comparator: 'at-least',
          baseline: { period: '2020', value: '80' },
        },
      ],
    },
  ],
  projects: [],
});

console.log('Derived figures:');
for (const derived of deriveObservations(town)) {
  const inputs = derived.derivedFrom.map((input) => `${input.value} ${input.unit}`).join(', ');
  console.log(
    `- ${derived.indicator} ${derived.period}: ${derived.value} ${derived.unit} from ${inputs}`,
  );
}

const { findings, counts } = auditDataset(town);
console.log(
  `\nAudit: consistent ${counts.consistent}, inconsistent ${counts.inconsistent}, unverifiable ${counts.unverifiable}`,
);
for (const finding of findings) {
  console.log(`- [${finding.check}] ${finding.verdict}: ${finding.message.en}`);
  console.log(`  ${finding.message.zh}`);
}

const [assessment] = assessPlan(town, 'plan-2021-2026', { asOf: '2023-12-31' }).assessments;
console.log(`\nTourist visits by 2026: ${assessment.status}`);
console.log(
  `required ${assessment.requiredAnnualRate.toFixed(6)}, actual ${assessment.actualAnnualRate.toFixed(6)}`,
);
console.log(
  `progress ratio ${assessment.progressRatio.toFixed(6)}, score ${assessment.score.toFixed(6)}`,
);
console.log(
  `completion ${assessment.completion.level.toFixed(4)} by level, ${assessment.completion.increment.toFixed(4)} by increment`,
);
console.log(
  `time elapsed ${assessment.timeElapsed}, catch-up rate ${assessment.catchUpRate.toFixed(6)}`,
);
