import { parseArgs } from 'node:util';
import { type RankBy, rankAreas } from '../areas/rankAreas.js';
import { formatPercent } from '../format/formatPercent.js';
import { formatQuantity } from '../format/formatQuantity.js';
import type { Locale } from '../format/types.js';
import { readDatasets } from './_datasets.js';
import type { Command } from './run.js';
import { readChoice } from './scorecard.js';
import { renderTable } from './table.js';

const BY: readonly RankBy[] = ['value', 'growth', 'completion'];
const ORDERS = ['descending', 'ascending'] as const;
const REASONS = {
  'no-figure': { zh: '无数据', en: 'no figure' },
  'no-base': { zh: '无基期', en: 'no base' },
  'no-completion': { zh: '无法评估', en: 'not assessable' },
} as const;

/** `rank`: ranks towns by an indicator's value, growth or a target's completion. */
export const rankCommand: Command = (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      dataset: { type: 'string', multiple: true },
      indicator: { type: 'string' },
      period: { type: 'string' },
      by: { type: 'string' },
      from: { type: 'string' },
      target: { type: 'string' },
      order: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const by = readChoice(values.by, BY, '--by', 'value');
  const locale = readChoice<Locale>(values.locale, ['zh-CN', 'en'], '--locale', 'zh-CN');
  const format = readChoice(values.format, ['table', 'json'] as const, '--format', 'table');
  const order =
    values.order === undefined
      ? undefined
      : readChoice(values.order, ORDERS, '--order', 'descending');
  const { datasets } = readDatasets(values.dataset, io);
  const result = rankAreas(datasets, {
    indicator: values.indicator as string,
    period: values.period as string,
    by,
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.target === undefined ? {} : { target: values.target }),
    ...(order === undefined ? {} : { order }),
  });
  if (format === 'json') return { output: `${JSON.stringify(result, null, 2)}\n` };
  const zh = locale === 'zh-CN';
  const show = (value: NonNullable<(typeof result.areas)[number]['value']>) =>
    result.unit !== null
      ? formatQuantity(value, result.unit, { locale })
      : formatPercent(value, { locale, maximumFractionDigits: 2 });
  const rows = result.areas.map((row) => [
    row.rank === null ? '—' : String(row.rank),
    zh ? row.area.name.zh : row.area.name.en,
    row.value === null
      ? REASONS[row.reason as keyof typeof REASONS][zh ? 'zh' : 'en']
      : show(row.value),
  ]);
  const byLabel = {
    value: zh ? '数值' : 'value',
    growth: zh ? '增速' : 'growth',
    completion: zh ? '完成率' : 'completion',
  }[by];
  const title = `${result.indicator} · ${result.period}${result.from === null ? '' : ` (${zh ? '基期' : 'from'} ${result.from})`} · ${byLabel}`;
  const header = zh ? ['名次', '地区', byLabel] : ['Rank', 'Area', byLabel];
  return { output: `${title}\n${renderTable([header, ...rows], { rightAligned: [0, 2] })}\n` };
};
