// The Tianmushan term plan's scorecard, as a dashboard would read it.
import { assessPlan, formatPercent, formatQuantity } from 'tianmu-indicators';
import { tianmushan } from 'tianmu-indicators/tianmushan';

const scorecard = assessPlan(tianmushan, 'term-2022-2026', { asOf: '2021-12-31' });
console.log(`${scorecard.title.en}, as of ${scorecard.asOf}`);
for (const assessment of scorecard.assessments) {
  if (assessment.kind === 'qualitative') continue;
  const target = assessment.target
    ? formatQuantity(assessment.target.value, assessment.unit, { locale: 'en' })
    : '—';
  const rate = assessment.requiredAnnualRate ?? assessment.plannedAnnualRate;
  console.log(
    [
      assessment.title.en.padEnd(52),
      target.padStart(22),
      (rate ? formatPercent(rate, { locale: 'en' }) : '—').padStart(7),
      `${assessment.status}${assessment.reason ? ` (${assessment.reason})` : ''}`,
    ].join('  '),
  );
}
const qualitative = scorecard.assessments.filter((a) => a.kind === 'qualitative').length;
console.log(`${qualitative} qualitative targets kept, not assessed`);
