/**
 * Writes the charts of the Tianmushan dataset shown in the README and the guides to
 * docs/images/*.svg, in Chinese (`name.svg`) and English (`name.en.svg`). Run it with
 * `npm run charts`, which builds the package first: it imports the built entry points, as a
 * user would. An optional argument names another output folder.
 *
 * Every chart is drawn from the shipped data (the 2021 report), except the one named
 * `*-illustrative`, which adds two hypothetical yearly figures to show every line of a
 * trajectory chart; its title says so.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSvg, scorecardChart, trajectoryChart } from '../dist/charts.js';
import { assessPlan, assessTarget } from '../dist/index.js';
import { tianmushan } from '../dist/tianmushan.js';

const outDir =
  process.argv[2] === undefined
    ? fileURLToPath(new URL('../docs/images/', import.meta.url))
    : resolve(process.argv[2]);

const term = assessPlan(tianmushan, 'term-2022-2026');
const plan2022 = assessPlan(tianmushan, 'plan-2022');

/** The assessment of a target of the 2022–2026 plan, by its id. */
function termTarget(id) {
  const found = term.assessments.find((assessment) => assessment.targetId === id);
  if (found === undefined) throw new Error(`the 2022–2026 plan has no target ${id}`);
  return found;
}

/** The dataset's yearly observations of an indicator given in its own unit. */
function history(indicatorId) {
  const indicator = tianmushan.indicators.find((item) => item.id === indicatorId);
  return tianmushan.observations
    .filter(
      (observation) =>
        observation.indicator === indicatorId &&
        /^\d{4}$/.test(observation.period) &&
        (observation.unit === undefined || observation.unit === indicator.unit),
    )
    .map(({ period, value }) => ({ period, value }));
}

/** 农民人均收入 with two hypothetical figures (2022 and 2023), assessed at the end of 2023. */
function illustrativeIncome() {
  const plan = tianmushan.plans.find((item) => item.id === 'term-2022-2026');
  const target = plan.targets.find((item) => item.id === 'term-2022-2026.farmer-income-per-capita');
  const indicator = tianmushan.indicators.find((item) => item.id === target.indicator);
  const source = {
    document: 'hypothetical',
    section: 'illustration',
    quote: 'not a reported figure',
  };
  const hypothetical = [
    ['2022', '41500'],
    ['2023', '43000'],
  ].map(([period, value]) => ({
    indicator: indicator.id,
    period,
    value,
    status: 'estimated',
    qualifier: null,
    source,
  }));
  return assessTarget(
    target,
    { indicator, observations: [...tianmushan.observations, ...hypothetical], plan },
    { asOf: '2023-12-31' },
  );
}

const income = termTarget('term-2022-2026.farmer-income-per-capita');
const incomeHistory = history('farmer-income-per-capita');
const illustration = illustrativeIncome();

/** [file name, spec builder by locale] */
const charts = [
  [
    'scorecard-term-2022-2026',
    (locale) => scorecardChart(term, { locale, include: 'quantified', completion: 'level' }),
  ],
  ['scorecard-plan-2022', (locale) => scorecardChart(plan2022, { locale })],
  [
    'trajectory-farmer-income',
    (locale) => trajectoryChart(income, { locale, observations: incomeHistory }),
  ],
  [
    'trajectory-services-value-added',
    (locale) =>
      trajectoryChart(termTarget('term-2022-2026.services-value-added-growth'), { locale }),
  ],
  [
    'trajectory-precious-trees',
    (locale) =>
      trajectoryChart(termTarget('term-2022-2026.precious-tree-afforestation'), { locale }),
  ],
  [
    'trajectory-farmer-income-illustrative',
    (locale) =>
      trajectoryChart(illustration, {
        locale,
        observations: incomeHistory,
        title:
          locale === 'en'
            ? 'Illustration with hypothetical 2022 and 2023 figures: farmer income of CNY 50,000'
            : '示意图(2022、2023年为假设数据):农民人均收入达到5万元',
      }),
  ],
];

await mkdir(outDir, { recursive: true });
for (const [name, build] of charts) {
  for (const [locale, suffix] of [
    ['zh-CN', ''],
    ['en', '.en'],
  ]) {
    const file = join(outDir, `${name}${suffix}.svg`);
    await writeFile(file, `${await renderSvg(build(locale))}\n`);
    console.log(`wrote ${file}`);
  }
}
