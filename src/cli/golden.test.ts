import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { auditCommand } from './audit.js';
import { run } from './run.js';
import { scorecardCommand } from './scorecard.js';

// The whole output of the commands, compared with files reviewed by hand in test/fixtures/cli/:
// a changed label, column, figure, rounding or row order shows up as a diff there. Regenerate
// with `npx vitest run src/cli/golden.test.ts -u` and read the diff before committing it.

const GOLDEN = '../../test/fixtures/cli';

/** Year-to-date figures (1—6月 and 1—9月 of 2022) for the shipped 2022 plan; illustrative. */
const YEAR_TO_DATE = readFileSync(
  new URL(`${GOLDEN}/scorecard.ytd.observations.csv`, import.meta.url),
  'utf8',
);

/** New figures for the mini dataset: progress in 2022 and 2023, seen in early 2024. */
const OBSERVATIONS = [
  'indicator,period,value,unit,status',
  'industrial-output,2021,8.2,,actual',
  'industrial-output,2022,8.9,,actual',
  'industrial-output,2023,9.1,,preliminary',
  'farmer-income,2022,41500,,actual',
  'farmer-income,2023,43800,元,actual',
  'medical-insurance-rate,2021,98.6,,actual',
  'medical-insurance-rate,2022,99.2,,actual',
  'precious-trees-planted,2022,2.5,wan-plant,actual',
  'precious-trees-planted,2023,1.5,wan-plant,actual',
  '',
].join('\n');

/**
 * The mini dataset without its 2021 farmer income (the path starts from 2016, earlier than the
 * others), with a 2022 level target that states its growth but has no baseline (its path
 * starts from the base the rate implies, a year before), a milestone of no project, and a plan
 * with nothing to measure.
 */
function impliedDataset(): unknown {
  const dataset = structuredClone(miniDataset);
  const plan2022 = dataset.plans[1]!;
  return {
    ...dataset,
    observations: dataset.observations.filter(
      (o) => o.indicator !== 'farmer-income' || o.period !== '2021',
    ),
    plans: [
      dataset.plans[0],
      {
        ...plan2022,
        targets: [
          ...plan2022.targets,
          {
            kind: 'level',
            id: 'industrial-output-2022',
            title: { zh: '规上工业总产值达到9亿元', en: 'Industrial output of CNY 900 million' },
            attribute: 'anticipatory',
            source: plan2022.targets[0]!.source,
            indicator: 'industrial-output',
            value: '9',
            period: '2022',
            comparator: 'at-least',
            annualGrowthPercent: '6',
          },
          {
            kind: 'milestone',
            id: 'market-opens',
            title: { zh: '农贸市场开业', en: 'Farmers market opens' },
            attribute: 'anticipatory',
            source: plan2022.targets[0]!.source,
            due: '2022',
          },
        ],
      },
      {
        ...plan2022,
        id: 'plan-2023',
        title: { zh: '2023年工作安排', en: '2023 work plan' },
        period: '2023',
        targets: [{ ...dataset.plans[0]!.targets.at(-1)!, id: 'villages-2023' }],
      },
    ],
  };
}

function command(name: 'scorecard' | 'audit', args: readonly string[]): string {
  const terminal = memoryIo({
    'mini.json': JSON.stringify(miniDataset),
    'implied.json': JSON.stringify(impliedDataset()),
    'new.csv': OBSERVATIONS,
    'ytd.csv': YEAR_TO_DATE,
  });
  const status = run([name, ...args], terminal.io, {
    scorecard: scorecardCommand,
    audit: auditCommand,
  });
  expect(terminal.stderr).toBe('');
  expect(status).toBe(0);
  return terminal.stdout;
}

const scorecard = (args: readonly string[]) => command('scorecard', args);
const audit = (args: readonly string[]) => command('audit', args);

const progress = ['--dataset', 'mini.json', '--observations', 'new.csv', '--as-of', '2024-03-31'];

describe('scorecard output, whole', () => {
  it('of the shipped dataset, in Chinese and in English by another method', async () => {
    await expect(scorecard([])).toMatchFileSnapshot(`${GOLDEN}/scorecard.tianmushan.zh.txt`);
    await expect(scorecard(['--locale', 'en', '--method', 'schedule'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.tianmushan.en.txt`,
    );
  });

  it('of the shipped dataset as CSV', async () => {
    await expect(scorecard(['--format', 'csv'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.tianmushan.csv`,
    );
  });

  it('of a dataset with progress, by every method', async () => {
    const tables = ['progress-ratio', 'current-status', 'projection', 'schedule'].map((method) =>
      scorecard([...progress, '--method', method]),
    );
    await expect(tables.join('\n')).toMatchFileSnapshot(`${GOLDEN}/scorecard.progress.zh.txt`);
    await expect(scorecard([...progress, '--locale', 'en'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.progress.en.txt`,
    );
  });

  it('of a dataset with progress as JSON and CSV', async () => {
    await expect(scorecard([...progress, '--format', 'json'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.progress.json`,
    );
    await expect(scorecard([...progress, '--format', 'csv'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.progress.csv`,
    );
  });

  it('of paths from an implied base', async () => {
    const args = ['--dataset', 'implied.json', '--as-of', '2022-12-31'];
    await expect(scorecard(args)).toMatchFileSnapshot(`${GOLDEN}/scorecard.implied.zh.txt`);
    await expect(scorecard([...args, '--format', 'csv'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.implied.csv`,
    );
    await expect(scorecard([...args, '--format', 'json'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.implied.json`,
    );
  });
});

describe('scorecard output of annual targets through the year', () => {
  const plan = ['--plan', 'plan-2022', '--observations', 'ytd.csv'];

  it('after the 1—6月 figures, in Chinese, and after 1—9月, in English', async () => {
    await expect(scorecard([...plan, '--as-of', '2022-07-15'])).toMatchFileSnapshot(
      `${GOLDEN}/scorecard.ytd.zh.txt`,
    );
    await expect(
      scorecard([...plan, '--as-of', '2022-10-15', '--locale', 'en']),
    ).toMatchFileSnapshot(`${GOLDEN}/scorecard.ytd.en.txt`);
  });

  it('as JSON, with the year-to-date figure, its growth and its source', async () => {
    await expect(
      scorecard([...plan, '--as-of', '2022-10-15', '--format', 'json']),
    ).toMatchFileSnapshot(`${GOLDEN}/scorecard.ytd.json`);
  });
});

describe('audit output, whole', () => {
  it('of the shipped dataset, in Chinese and English, and as CSV', async () => {
    await expect(audit([])).toMatchFileSnapshot(`${GOLDEN}/audit.tianmushan.zh.txt`);
    await expect(audit(['--locale', 'en'])).toMatchFileSnapshot(
      `${GOLDEN}/audit.tianmushan.en.txt`,
    );
    await expect(audit(['--format', 'csv'])).toMatchFileSnapshot(`${GOLDEN}/audit.tianmushan.csv`);
  });

  it('of a dataset with new observations, as a table and JSON', async () => {
    const args = ['--dataset', 'mini.json', '--observations', 'new.csv'];
    await expect(audit(args)).toMatchFileSnapshot(`${GOLDEN}/audit.progress.zh.txt`);
    await expect(audit([...args, '--format', 'json'])).toMatchFileSnapshot(
      `${GOLDEN}/audit.progress.json`,
    );
  });
});
