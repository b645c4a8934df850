// Prints the audit of the Tianmushan dataset as Markdown tables, one per check, for
// docs/audit.md. Runs against the build: `npm run build && node scripts/audit-report.mjs`.
// An optional argument names another directory holding index.js and tianmushan.js.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const directory = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const load = (name) => import(pathToFileURL(resolve(directory, name)).href);
const { auditDataset, Decimal, toDecimal } = await load('index.js');
const { tianmushan } = await load('tianmushan.js');

/** A figure for a table: rounded half-up to `places`, trailing zeros dropped; '–' when absent. */
const fig = (value, places = 4) =>
  value === undefined
    ? '–'
    : toDecimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
const pct = (value, places = 4) => (value === undefined ? '–' : `${fig(value, places)}%`);

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const audit = auditDataset(tianmushan);
const of = (check) => audit.findings.filter((finding) => finding.check === check);
const verdict = (finding) => `${finding.verdict}${finding.reason ? ` (${finding.reason})` : ''}`;
const out = [];

out.push(`Counts: ${JSON.stringify(audit.counts)}`, '');

out.push('### claim', '');
out.push(
  table(
    [
      'claim',
      'periods',
      'from',
      'to',
      'stated',
      'exact',
      'levels allow',
      'implied level',
      'verdict',
    ],
    of('claim').map((f) => {
      const n = f.numbers;
      const implied =
        n.impliedFromValue !== undefined
          ? `${fig(n.impliedFromValue)} (${n.fromPeriod})`
          : n.impliedToValue !== undefined
            ? `${fig(n.impliedToValue)} (${n.toPeriod})`
            : '–';
      const allowed =
        n.lowestPercent === undefined
          ? '–'
          : `${pct(n.lowestPercent, 2)} – ${pct(n.highestPercent, 2)}`;
      return [
        f.subject[0],
        `${n.fromPeriod} → ${n.toPeriod}`,
        fig(n.fromValue),
        fig(n.toValue),
        pct(n.statedPercent),
        pct(n.exactPercent),
        allowed,
        implied,
        verdict(f),
      ];
    }),
  ),
  '',
);

out.push('### level-rate', '');
out.push(
  table(
    [
      'target',
      'level',
      'base period',
      'stated rate',
      'implied base',
      'band',
      'observed base',
      'rate from it',
      'verdict',
    ],
    of('level-rate').map((f) => {
      const n = f.numbers;
      const band =
        n.impliedBaseLow === undefined
          ? '–'
          : `${fig(n.impliedBaseLow)} – ${fig(n.impliedBaseHigh)}`;
      const rate =
        n.observedAnnualPercent === undefined
          ? '–'
          : `${pct(n.observedAnnualPercent, 3)}${n.observedAnnualPercentLow === undefined ? '' : ` (${pct(n.observedAnnualPercentLow, 2)} – ${pct(n.observedAnnualPercentHigh, 2)})`}`;
      return [
        f.subject[0],
        `${fig(n.targetValue)} ${n.unit} by ${n.targetPeriod}`,
        n.basePeriod,
        pct(n.statedAnnualPercent),
        fig(n.impliedBase),
        band,
        n.observedBase === undefined ? '–' : `${fig(n.observedBase)} (${n.baseStatus})`,
        rate,
        verdict(f),
      ];
    }),
  ),
  '',
);

out.push('### rate-alignment', '');
out.push(
  table(
    [
      'indicator',
      'five-year rate',
      'span',
      'one-year rate',
      'year',
      'difference',
      'other years need',
      'verdict',
    ],
    of('rate-alignment').map((f) => {
      const n = f.numbers;
      return [
        f.subject.at(-1),
        pct(n.longTermAnnualPercent),
        `${n.longTermBasePeriod} → ${n.longTermPeriod}`,
        pct(n.annualPercent),
        n.annualPeriod ?? '–',
        n.differencePoints === undefined ? '–' : `${fig(n.differencePoints)} pp`,
        pct(n.remainingAnnualPercent),
        verdict(f),
      ];
    }),
  ),
  '',
);

const paceRows = (findings) =>
  findings.map((f) => {
    const n = f.numbers;
    return [
      f.subject[0],
      `${fig(n.targetValue)} ${n.unit} over ${n.range}`,
      fig(n.requiredAnnualAverage),
      n.priorPeriod === undefined ? '–' : `${fig(n.priorValue)} in ${n.priorPeriod}`,
      fig(n.priorAnnualAverage),
      pct(n.priorPacePercent, 1),
      n.doneValue === undefined
        ? '–'
        : `${fig(n.doneValue)} (${pct(n.doneSharePercent, 2)} done, ${pct(n.timeSharePercent, 2)} of time)`,
      verdict(f),
    ];
  });
const paceHeader = [
  'target',
  'goal',
  'needed a year',
  'latest before',
  'its yearly pace',
  'pace vs need',
  'in range',
  'verdict',
];
out.push('### cumulative-pace', '');
out.push(table(paceHeader, paceRows(of('cumulative-pace'))), '');

out.push('### cumulative-share', '');
out.push(
  table(
    [
      'indicator',
      'total',
      'parts',
      'share of total',
      'share of time',
      'rest',
      'rest a year',
      'total a year',
      'verdict',
    ],
    of('cumulative-share').map((f) => {
      const n = f.numbers;
      return [
        f.subject[0],
        `${fig(n.totalValue)} ${n.unit} over ${n.totalPeriod}`,
        `${fig(n.partsValue)} in ${n.partPeriods}`,
        pct(n.partSharePercent, 2),
        pct(n.timeSharePercent, 2),
        n.remainder === undefined ? '–' : `${fig(n.remainder)} over ${fig(n.remainingYears)} years`,
        fig(n.remainingAnnualAverage),
        fig(n.totalAnnualAverage),
        verdict(f),
      ];
    }),
  ),
  '',
);

// With the report's 新植彩色珍贵树种 counted for the term goal 珍贵树种造林 (the dataset keeps them
// apart; this is the reading a user may choose).
const matched = auditDataset(tianmushan, {
  checks: ['cumulative-pace'],
  indicatorMatches: { 'precious-tree-afforestation': ['colourful-precious-trees-planted'] },
});
out.push(
  '### cumulative-pace with precious-tree-afforestation ← colourful-precious-trees-planted',
  '',
);
out.push(
  table(paceHeader, paceRows(matched.findings.filter((f) => f.subject[0].includes('precious')))),
  '',
);

// The to-level the 44.3% pins down, the from-level being exact: 27720 × [1.4425, 1.4435).
const base = toDecimal(27720);
out.push(
  `44.3% from 27720: the 2021 level lies in [${fig(base.times('1.4425'), 2)}, ${fig(base.times('1.4435'), 2)}).`,
);

console.log(out.join('\n'));
