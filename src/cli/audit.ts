import { parseArgs } from 'node:util';
import { toCsv } from '../_internal/csv.js';
import { auditDataset } from '../audit/auditDataset.js';
import type { AuditVerdict } from '../audit/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Locale } from '../format/types.js';
import type { Command } from './run.js';
import { loadDataset, readChoice } from './scorecard.js';
import { renderTable } from './table.js';

const VERDICT_LABELS: Record<AuditVerdict, { zh: string; en: string }> = {
  consistent: { zh: '一致', en: 'consistent' },
  inconsistent: { zh: '不一致', en: 'inconsistent' },
  unverifiable: { zh: '无法核验', en: 'unverifiable' },
};

/** `tianmu-indicators audit`: every relation the data states or implies, checked. */
export const auditCommand: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      observations: { type: 'string' },
      dataset: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  // `audit FILE` is `audit --dataset FILE`, as `validate FILE` reads its file.
  if (positionals.length > 1 || (positionals.length === 1 && values.dataset !== undefined)) {
    throw new IndicatorError('invalid-argument', {
      field: 'audit',
      reason: 'expected at most one dataset FILE (or --dataset FILE)',
    });
  }
  if (positionals[0] !== undefined) values.dataset = positionals[0];
  const locale = readChoice<Locale>(values.locale, ['zh-CN', 'en'], '--locale', 'zh-CN');
  const format = readChoice(values.format, ['table', 'json', 'csv'] as const, '--format', 'table');
  const dataset = loadDataset(values, io);
  const result = auditDataset(dataset);
  const key = locale === 'zh-CN' ? 'zh' : 'en';

  switch (format) {
    case 'json':
      return { output: `${JSON.stringify({ dataset: dataset.id, ...result }, null, 2)}\n` };
    case 'csv':
      return {
        output: toCsv([
          ['id', 'check', 'verdict', 'reason', 'subject', 'message_zh', 'message_en'],
          ...result.findings.map((finding) => [
            finding.id,
            finding.check,
            finding.verdict,
            finding.reason ?? '',
            finding.subject.join(' '),
            finding.message.zh,
            finding.message.en,
          ]),
        ]),
      };
    case 'table': {
      const counts = (Object.keys(VERDICT_LABELS) as AuditVerdict[])
        .map((verdict) => `${VERDICT_LABELS[verdict][key]} ${result.counts[verdict]}`)
        .join(' · ');
      const header =
        locale === 'zh-CN' ? ['核验', '结论', '说明'] : ['Check', 'Verdict', 'Finding'];
      const rows = result.findings.map((finding) => [
        finding.check,
        VERDICT_LABELS[finding.verdict][key],
        finding.message[key],
      ]);
      const title =
        locale === 'zh-CN'
          ? `${dataset.area.name.zh} · 报告数据核验`
          : `${dataset.area.name.en} · audit of the report`;
      return { output: `${title}\n${counts}\n\n${renderTable([header, ...rows])}\n` };
    }
    default: {
      const unreachable: never = format;
      // Stryker disable next-line all: unreachable, readChoice has already checked the format
      throw new Error(`unhandled format ${String(unreachable)}`);
    }
  }
};
