// A district of towns: each town a dataset built from the catalogue, rolled up into the
// district's own figures, ranked, and assessed together (on two worker threads too, from the
// towns' files).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessAreas, formatPercent, formatQuantity, rankAreas, rollUp } from 'tianmu-indicators';
import { findCatalogIndicator, withCatalogIndicators } from 'tianmu-indicators/catalog';
import { assessAreaFiles, assessAreasParallel } from 'tianmu-indicators/node';
import { fromSdmxCsv, parseDataset, toSdmxCsv } from 'tianmu-indicators/schemas';

// Report phrases name catalogue indicators: 农民人均纯收入 is the per-capita rural income.
const output = findCatalogIndicator('规模以上工业总产值').indicator.id;
const perCapita = findCatalogIndicator('农民人均纯收入').indicator;
console.log(`规模以上工业总产值 → ${output}; 农民人均纯收入 → ${perCapita.id}`);
console.log(
  `  ${perCapita.id} = ${perCapita.formula.numerator} / ${perCapita.formula.denominator}`,
);

const figure = (indicator, period, value, unit) => ({
  indicator,
  period,
  value,
  ...(unit ? { unit } : {}),
  status: 'actual',
  qualifier: null,
  source: { document: 'report', section: period, quote: `${indicator} ${value}` },
});
const town = (id, zh, figures, outputTarget) =>
  parseDataset(
    withCatalogIndicators(
      {
        id,
        area: { id, name: { zh, en: id } },
        claims: [],
        projects: [],
        sources: [
          {
            id: 'report',
            title: { zh: '政府工作报告', en: 'Work report' },
            issuer: { zh, en: id },
          },
        ],
        observations: figures,
        plans: [
          {
            id: 'plan-2023',
            title: { zh: '2023年目标', en: '2023 targets' },
            issuer: { zh, en: id },
            adoptedOn: '2022-12-31',
            period: '2023',
            source: 'report',
            targets: [
              {
                kind: 'level',
                id: 'output-2023',
                title: { zh: '规上工业总产值', en: 'Industrial output' },
                attribute: 'binding',
                indicator: output,
                value: outputTarget,
                period: '2023',
                comparator: 'at-least',
                source: {
                  document: 'report',
                  section: '2023',
                  quote: `规上工业总产值${outputTarget}亿元`,
                },
              },
            ],
          },
        ],
      },
      { include: [perCapita.id] },
    ),
  );

const towns = [
  town(
    'pinghu',
    '平湖镇',
    [
      figure(output, '2022', '8.2'),
      figure(output, '2023', '9.1'),
      figure('rural-income-total', '2022', '9.4544'),
      figure('rural-population', '2022', '40000'),
    ],
    '9',
  ),
  town(
    'qingshan',
    '青山镇',
    [
      figure(output, '2022', '5000', 'wan-yuan'),
      figure(output, '2023', '4800', 'wan-yuan'),
      figure('rural-income-total', '2022', '30000', 'wan-yuan'),
      figure('rural-population', '2022', '15000'),
    ],
    '0.6',
  ),
  town('hexi', '河西镇', [figure(output, '2022', '12.5'), figure(output, '2023', '13.75')], '13'),
];

// The district's own figures: sums where every town reports, ratios from rolled-up parts.
const district = rollUp(towns, {
  id: 'district',
  area: { id: 'district', name: { zh: '示范区', en: 'District' } },
});
for (const o of district.dataset.observations) {
  console.log(
    `${o.indicator} ${o.period}: ${formatQuantity(o.value, district.dataset.indicators.find((i) => i.id === o.indicator).unit, { maximumFractionDigits: 2 })}`,
  );
}
for (const gap of district.incomplete) {
  console.log(`incomplete: ${gap.indicator} ${gap.period}, missing ${gap.missing.join(', ')}`);
}
// Per-capita income of the two towns that report its parts: Σ income / Σ population.
const two = rollUp(towns.slice(0, 2), {
  id: 'two',
  area: { id: 'two', name: { zh: '两镇', en: 'Two towns' } },
});
const income = two.dataset.observations.find((o) => o.indicator === perCapita.id);
console.log(`${perCapita.name.zh} ${income.period}: ${income.value} 元`);

// 排名: by 2023 growth, standard competition ranking.
const ranking = rankAreas(towns, { indicator: output, period: '2023', by: 'growth' });
for (const row of ranking.areas) {
  console.log(
    `#${row.rank} ${row.area.name.zh} ${formatPercent(row.value, { maximumFractionDigits: 2 })}`,
  );
}

// Scorecards of every town, and the binding targets missed or deteriorating.
const assessed = assessAreas(towns, { asOf: '2023-12-31' });
console.log(
  Object.entries(assessed.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s} ${n}`)
    .join(', '),
);
for (const alert of assessed.binding)
  console.log(`binding ${alert.targetId}: ${JSON.stringify(alert.areas)}`);
const parallel = await assessAreasParallel(towns, { asOf: '2023-12-31', workers: 2 });
console.log(`two threads agree: ${JSON.stringify(parallel) === JSON.stringify(assessed)}`);
// The towns as files: each thread reads, validates and assesses its own.
const folder = mkdtempSync(join(tmpdir(), 'district-'));
const files = towns.map((town) => {
  const file = join(folder, `${town.area.id}.json`);
  writeFileSync(file, JSON.stringify(town, null, 2));
  return file;
});
const fromFiles = await assessAreaFiles(files, { asOf: '2023-12-31', workers: 2 });
rmSync(folder, { recursive: true });
console.log(
  `files on two threads agree: ${JSON.stringify(fromFiles) === JSON.stringify(assessed)}`,
);

// Several towns in one SDMX-CSV text, read back grouped by area.
const read = fromSdmxCsv(toSdmxCsv(towns));
console.log(read.areas.map((group) => `${group.area}: ${group.observations.length}`).join(', '));
