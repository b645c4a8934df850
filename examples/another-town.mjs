// Modelling another town from scratch: a dataset, validated, then assessed.
import { assessPlan } from 'tianmu-indicators';
import { parseDataset } from 'tianmu-indicators/schemas';

const source = (quote) => ({ document: 'report-2023', section: '工作报告', quote });
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
    {
      id: 'tourists',
      name: { zh: '接待游客', en: 'Tourist visits' },
      unit: '万人次',
      direction: 'increase',
      measure: 'flow',
      sector: 'tourism',
      attribute: 'anticipatory',
    },
  ],
  observations: [
    {
      indicator: 'tourists',
      period: '2020',
      value: '80',
      status: 'actual',
      qualifier: null,
      source: source('接待游客80万人次'),
    },
    {
      indicator: 'tourists',
      period: '2023',
      value: '90',
      status: 'actual',
      qualifier: null,
      source: source('接待游客90万人次'),
    },
  ],
  claims: [],
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

const [assessment] = assessPlan(town, 'plan-2021-2026', { asOf: '2023-12-31' }).assessments;
console.log(`status: ${assessment.status}`);
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
