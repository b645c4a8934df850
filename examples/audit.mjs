// Does the report's arithmetic add up? Every stated change, rate and total, checked.
import { auditDataset } from 'tianmu-indicators';
import { tianmushan } from 'tianmu-indicators/tianmushan';

const { findings, counts } = auditDataset(tianmushan);
console.log(
  `consistent ${counts.consistent}, inconsistent ${counts.inconsistent}, unverifiable ${counts.unverifiable}`,
);
for (const finding of findings.filter((f) => f.verdict !== 'unverifiable')) {
  console.log(`- ${finding.message.en}`);
}
