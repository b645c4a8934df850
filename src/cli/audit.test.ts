import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseCsv } from '../_internal/csv.js';
import { auditCommand } from './audit.js';
import { run } from './run.js';

function audit(args: string[], files: Record<string, string> = {}) {
  const terminal = memoryIo(files);
  const status = run(['audit', ...args], terminal.io, { audit: auditCommand });
  return { status, stdout: terminal.stdout, stderr: terminal.stderr };
}

describe('audit command', () => {
  it('audits the shipped dataset in a zh-CN table', () => {
    const { status, stdout } = audit([]);
    expect(status).toBe(0);
    expect(stdout).toContain('天目山镇 · 报告数据核验');
    expect(stdout).toMatch(/一致 \d+ · 不一致 0 · 无法核验 \d+/);
    expect(stdout).toContain('实际变化44.3001%');
    expect(stdout).toContain('意味着2021年基数为7.8462亿元');
  });

  it('writes English, JSON and CSV', () => {
    expect(audit(['--locale', 'en']).stdout).toContain('Tianmushan Town · audit of the report');
    const json = JSON.parse(audit(['--format', 'json']).stdout);
    expect(json.counts.inconsistent).toBe(0);
    expect(json.findings.length).toBe(json.counts.consistent + json.counts.unverifiable);
    const csv = parseCsv(audit(['--format', 'csv']).stdout);
    expect(csv[0]?.cells).toEqual([
      'id',
      'check',
      'verdict',
      'reason',
      'subject',
      'message_zh',
      'message_en',
    ]);
    expect(csv.length - 1).toBe(json.findings.length);
  });

  it('finds a stated change that does not add up in another dataset', () => {
    const wrong = structuredClone(miniDataset) as unknown as {
      claims: { statedPercent: string }[];
      observations: { qualifier: string | null }[];
    };
    wrong.claims[0]!.statedPercent = '45.3';
    wrong.observations[1]!.qualifier = null;
    const { status, stdout } = audit(['--dataset', 'town.json', '--format', 'json'], {
      'town.json': JSON.stringify(wrong),
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).counts.inconsistent).toBe(1);
  });

  it('rejects bad options with status 2', () => {
    const cases: [string[], string][] = [
      [['--format', 'pdf'], '--format ("pdf")'],
      [['--locale', 'fr'], '--locale ("fr") is not an accepted value: expected one of zh-CN, en'],
      [['--plan', 'plan-2022'], "Unknown option '--plan'"],
      [['stray'], 'stray could not be read'],
      [['one', 'two'], 'expected at most one dataset FILE'],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = audit(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr, args.join(' ')).toContain(message);
    }
  });
});
