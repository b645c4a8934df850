import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MILESTONE_LABELS, REASON_LABELS, STATUS_LABELS } from './labels.js';

/** The rows `| 中文 | English | `key` |` of the glossary section under `heading`. */
function glossaryRows(heading: string): Map<string, [string, string]> {
  const text = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf(heading)).split('\n### ')[0] ?? '';
  const rows = new Map<string, [string, string]>();
  for (const match of section.matchAll(
    /^\| ([^|]+) \| ([^|(]+?)(?: \([^|]*\))? \| `([a-z-]+)` \|$/gm,
  )) {
    rows.set(match[3] as string, [match[1] as string, match[2] as string]);
  }
  return rows;
}

function table(labels: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>>) {
  return new Map(
    Object.keys(labels['zh-CN']).map((key) => [
      key,
      [labels['zh-CN'][key], labels.en[key]] as [string, string],
    ]),
  );
}

describe('the label table and the glossary', () => {
  it('list the same words for every status, reason and milestone state', () => {
    expect(glossaryRows('### Statuses')).toEqual(table(STATUS_LABELS));
    expect(glossaryRows('### Reasons')).toEqual(table(REASON_LABELS));
    expect(glossaryRows('### Milestone states')).toEqual(table(MILESTONE_LABELS));
  });

  it('has the same keys in both locales', () => {
    for (const labels of [STATUS_LABELS, REASON_LABELS, MILESTONE_LABELS]) {
      expect(Object.keys(labels.en)).toEqual(Object.keys(labels['zh-CN']));
    }
  });
});
