// Comparing two periods from CommonJS: 农民人均收入 2016 → 2021, and a percentage-point change.
const {
  checkStatedChange,
  compareValues,
  formatPercent,
  formatPercentagePoints,
} = require('tianmu-indicators');

const income = compareValues(
  { period: '2016', value: 27720 },
  { period: '2021', value: 40000 },
  { measure: 'flow', direction: 'increase' },
);
console.log(
  `change ${income.absoluteChange} 元, ${formatPercent(income.relativeChange, { locale: 'en' })}, ${formatPercent(income.annualRate, { locale: 'en' })} a year, ${income.trend}`,
);
console.log(`"增长44.3%" consistent: ${checkStatedChange(27720, 40000, '44.3').consistent}`);
console.log(`"增长45.3%" consistent: ${checkStatedChange(27720, 40000, '45.3').consistent}`);

const share = compareValues(
  { period: '2020', value: '20.8' },
  { period: '2021', value: '18.2' },
  { measure: 'rate', direction: 'increase' },
);
console.log(
  `share: ${formatPercentagePoints(share.percentagePointChange)} (${formatPercentagePoints(share.percentagePointChange, { locale: 'en' })}), relative ${formatPercent(share.relativeChange, { locale: 'en' })}`,
);
