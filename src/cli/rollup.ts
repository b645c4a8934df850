import { parseArgs } from 'node:util';
import { rollUp } from '../areas/rollUp.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { readDatasets, writeOut } from './_datasets.js';
import type { Command } from './run.js';

/** `rollup`: combines towns into one dataset of the district. */
export const rollupCommand: Command = (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      dataset: { type: 'string', multiple: true },
      id: { type: 'string' },
      area: { type: 'string' },
      'area-en': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.id === undefined) {
    throw new IndicatorError('invalid-argument', {
      field: '--id',
      reason: 'expected the id of the combined area, e.g. --id lin-an',
    });
  }
  const { datasets } = readDatasets(values.dataset, io);
  const zh = values.area ?? values.id;
  const en = values['area-en'] ?? values.id;
  const result = rollUp(datasets, { id: values.id, area: { id: values.id, name: { zh, en } } });
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (values.out === undefined) return { output: json };
  writeOut(values.out, json, io);
  const lines = [
    `${values.out}: ${zh}, ${result.dataset.observations.length} observations of ${result.dataset.indicators.length} indicators rolled up from ${datasets.length} areas`,
  ];
  if (result.skipped.length > 0)
    lines.push(`not combinable (aggregation none): ${result.skipped.join(', ')}`);
  if (result.incomplete.length > 0) {
    lines.push(`incomplete, left out (${result.incomplete.length}):`);
    for (const gap of result.incomplete)
      lines.push(`  ${gap.indicator} ${gap.period}: missing ${gap.missing.join(', ')}`);
  }
  return { output: `${lines.join('\n')}\n` };
};
