import { assessAreas } from '../areas/assessAreas.js';
import type { AssessmentMethod, AssessmentStatus } from '../attainment/types.js';
import { formatStatus } from '../format/formatStatus.js';
import type { Locale } from '../format/types.js';
import { readDatasets } from './_datasets.js';
import type { CliIo, CommandResult } from './run.js';
import { scorecardCommand } from './scorecard.js';
import { renderTable } from './table.js';

/** What the district scorecard takes from `scorecard`'s options. */
export interface DistrictOptions {
  readonly datasets: readonly string[];
  readonly plan: string | undefined;
  readonly asOf: string | undefined;
  readonly method: AssessmentMethod;
  readonly locale: Locale;
  readonly format: 'table' | 'json' | 'csv';
  /** The district table alone: no town's own scorecard (`--summary`). */
  readonly summary: boolean;
}

/** A status's label from the one label table. */
function label(status: string, zh: boolean): string {
  return formatStatus(status as AssessmentStatus, { locale: zh ? 'zh-CN' : 'en' });
}

/**
 * `scorecard` over several datasets (or a folder): the district table (areas × status counts,
 * and the binding targets missed or deteriorating), then each town's own scorecard unless
 * `--summary` asks for the table alone.
 */
export function districtScorecard(options: DistrictOptions, io: CliIo): CommandResult {
  const { files, datasets } = readDatasets(options.datasets, io);
  const result = assessAreas(datasets, {
    method: options.method,
    ...(options.plan === undefined ? {} : { plan: options.plan }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    // The table and CSV never read the cards: each town's own card is printed by `scorecard`.
    scorecards: options.format === 'json' && !options.summary,
  });
  if (options.format === 'json') return { output: `${JSON.stringify(result, null, 2)}\n` };
  const zh = options.locale === 'zh-CN';
  const statuses = Object.keys(result.counts);
  const total = (counts: Readonly<Record<string, number>>) =>
    String(statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0));
  const header = [
    zh ? '地区' : 'Area',
    ...statuses.map((status) => label(status, zh)),
    zh ? '合计' : 'Total',
  ];
  const rows = result.areas.map((area) => [
    zh ? area.area.name.zh : area.area.name.en,
    ...statuses.map((status) => String(area.counts[status as keyof typeof area.counts] ?? 0)),
    total(area.counts),
  ]);
  rows.push([
    zh ? '全部地区' : 'All areas',
    ...statuses.map((status) => String(result.counts[status as keyof typeof result.counts])),
    total(result.counts),
  ]);
  if (options.format === 'csv') {
    const csv = [header, ...rows].map((row) =>
      row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
    );
    return { output: `${csv.join('\n')}\n` };
  }
  const names = new Map(
    result.areas.map((area) => [area.area.id, zh ? area.area.name.zh : area.area.name.en]),
  );
  const lines = [
    zh ? `地区汇总 · ${datasets.length}个地区` : `District summary · ${datasets.length} areas`,
    renderTable([header, ...rows], {
      rightAligned: statuses.map((_, index) => index + 1).concat(statuses.length + 1),
    }),
  ];
  if (result.binding.length > 0) {
    lines.push('', zh ? '约束性目标预警' : 'Binding targets missed or deteriorating');
    for (const alert of result.binding) {
      const flagged = Object.entries(alert.areas).map(
        ([status, ids]) =>
          `${label(status, zh)}: ${ids.map((id) => names.get(id)).join(zh ? '、' : ', ')}`,
      );
      lines.push(`  ${zh ? alert.title.zh : alert.title.en} — ${flagged.join('; ')}`);
    }
  }
  if (options.summary) return { output: `${lines.join('\n')}\n` };
  const towns = files.map((file) => {
    const args = ['--dataset', file, '--method', options.method, '--locale', options.locale];
    if (options.plan !== undefined) args.push('--plan', options.plan);
    if (options.asOf !== undefined) args.push('--as-of', options.asOf);
    return scorecardCommand(args, io).output;
  });
  return { output: `${lines.join('\n')}\n\n${towns.join('\n')}` };
}
