// The Tianmushan term plan's scorecard, as a dashboard would read it: in Chinese by default,
// in English with `node examples/scorecard.mjs en`. Labels come from formatStatus and
// formatReason, the words the command and the charts use.
import {
  assessPlan,
  formatPercent,
  formatQuantity,
  formatReason,
  formatStatus,
} from 'tianmu-indicators';
import { tianmushan } from 'tianmu-indicators/tianmushan';

const locale = process.argv[2] === 'en' ? 'en' : 'zh-CN';
const zh = locale === 'zh-CN';
// Chinese characters take two columns in a terminal.
const width = (text) =>
  [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
const padEnd = (text, columns) => text + ' '.repeat(Math.max(0, columns - width(text)));
const padStart = (text, columns) => ' '.repeat(Math.max(0, columns - width(text))) + text;

const scorecard = assessPlan(tianmushan, 'term-2022-2026', { asOf: '2021-12-31' });
console.log(
  zh
    ? `${scorecard.title.zh},截至${scorecard.asOf}`
    : `${scorecard.title.en}, as of ${scorecard.asOf}`,
);
for (const assessment of scorecard.assessments) {
  if (assessment.kind === 'qualitative') continue;
  const target = assessment.target
    ? formatQuantity(assessment.target.value, assessment.unit, { locale })
    : '—';
  const rate = assessment.requiredAnnualRate ?? assessment.plannedAnnualRate;
  const status = formatStatus(assessment.status, { locale });
  const reason = assessment.reason ? ` (${formatReason(assessment.reason, { locale })})` : '';
  console.log(
    [
      padEnd(zh ? assessment.title.zh : assessment.title.en, 52),
      padStart(target, 22),
      padStart(rate ? formatPercent(rate, { locale }) : '—', 7),
      `${status}${reason}`,
    ].join('  '),
  );
}
const qualitative = scorecard.assessments.filter((a) => a.kind === 'qualitative').length;
console.log(
  zh
    ? `另有定性目标${qualitative}项,保留不评估`
    : `${qualitative} qualitative targets kept, not assessed`,
);
