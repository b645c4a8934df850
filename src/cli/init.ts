import { parseArgs } from 'node:util';
import { CATALOG } from '../catalog/CATALOG.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset } from '../models/types.js';
import { writeOut } from './_datasets.js';
import type { Command } from './run.js';

const ID = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

/** The id a file name gives (`pinghu.json` → `pinghu`), or `town` when it gives none. */
function idFromFile(path: string): string {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\.json$/i, '').toLowerCase();
  return ID.test(base) ? base : 'town';
}

/** A starter dataset: the area, every catalogue indicator, an empty plan for `year`. */
export function starterDataset(
  area: { id: string; zh: string; en: string },
  year: number,
): Dataset {
  const issuer = { zh: `${area.zh}人民政府`, en: `People's Government of ${area.en}` };
  return parseDataset({
    id: area.id,
    area: { id: area.id, name: { zh: area.zh, en: area.en } },
    sources: [
      {
        id: 'work-report',
        title: { zh: `${area.zh}政府工作报告`, en: `${area.en} government work report` },
        issuer,
      },
    ],
    indicators: CATALOG.map((entry) => structuredClone(entry.indicator)),
    observations: [],
    claims: [],
    plans: [
      {
        id: `plan-${year}`,
        title: { zh: `${year}年重点工作安排`, en: `Work plan for ${year}` },
        issuer,
        adoptedOn: `${year - 1}-12-31`,
        period: String(year),
        source: 'work-report',
        targets: [],
      },
    ],
    projects: [],
  });
}

/** `init`: writes a starter dataset that `validate` accepts. */
export const initCommand: Command = (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      area: { type: 'string' },
      'area-en': { type: 'string' },
      id: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.area === undefined || values.area.trim() === '') {
    throw new IndicatorError('invalid-argument', {
      field: '--area',
      reason: 'expected the town’s name, e.g. --area 平湖镇',
    });
  }
  if (values.out === undefined) {
    throw new IndicatorError('invalid-argument', {
      field: '--out',
      reason: 'expected the file to write, e.g. --out pinghu.json',
    });
  }
  const id = values.id ?? idFromFile(values.out);
  if (!ID.test(id)) {
    throw new IndicatorError('invalid-argument', {
      field: '--id',
      value: id,
      reason: 'expected a lower-case id such as "pinghu"',
    });
  }
  const yearText = values.year ?? String(new Date().getUTCFullYear() + 1);
  if (!/^\d{4}$/.test(yearText)) {
    throw new IndicatorError('invalid-argument', {
      field: '--year',
      value: yearText,
      reason: 'expected a year such as 2027',
    });
  }
  const en = values['area-en'] ?? `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
  const dataset = starterDataset({ id, zh: values.area.trim(), en }, Number(yearText));
  writeOut(values.out, `${JSON.stringify(dataset, null, 2)}\n`, io);
  return {
    output: `${values.out}: starter dataset "${id}" for ${dataset.area.name.zh} (${dataset.indicators.length} catalogue indicators, empty plan "plan-${yearText}")\nNext: add observations and targets, then run: tianmu-indicators validate ${values.out}\n`,
  };
};
