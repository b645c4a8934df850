// 规上工业总产值10.5亿元,年均增长6% by 2026: the base it implies and the path year by year.
import { impliedBase, percent, periodsToReach, projectPath } from 'tianmu-indicators';

const rate = percent('6');
const base2021 = impliedBase('10.5', rate, 5);
console.log(`implied 2021 base: ${base2021.toFixed(4)} 亿元`);
for (const { period, value } of projectPath(base2021, rate, { from: 2021, to: 2026 })) {
  console.log(`${period}  ${value.toFixed(2)} 亿元`);
}
// From 8亿元 the same rate needs this many years (Excel NPER(6%, 0, -8, 10.5)).
console.log(`years from 8 to 10.5 at 6%: ${periodsToReach(8, '10.5', rate).toFixed(6)}`);
