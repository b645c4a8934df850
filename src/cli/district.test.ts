import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { obs, source, town } from '../areas/_testKit.js';
import type { Target } from '../models/types.js';
import { initCommand } from './init.js';
import { rankCommand } from './rank.js';
import { rollupCommand } from './rollup.js';
import { run } from './run.js';
import { scorecardCommand } from './scorecard.js';

const commands = {
  scorecard: scorecardCommand,
  init: initCommand,
  rollup: rollupCommand,
  rank: rankCommand,
};

const target: Target = {
  kind: 'level',
  id: 'output-2026',
  title: { zh: '规上工业总产值20亿元', en: 'Industrial output 2bn' },
  attribute: 'binding',
  source,
  indicator: 'output',
  value: '20',
  period: '2026',
  comparator: 'at-least',
};
const files = {
  'towns/a.json': JSON.stringify(
    town('a', [obs('output', '2021', '8'), obs('output', '2022', '8.2')], {
      targets: [target],
      zh: '甲镇',
    }),
  ),
  'towns/b.json': JSON.stringify(
    town(
      'b',
      [
        obs('output', '2021', '6000', { unit: 'wan-yuan' }),
        obs('output', '2022', '5000', { unit: 'wan-yuan' }),
      ],
      {
        targets: [target],
        zh: '乙镇',
      },
    ),
  ),
  'towns/c.json': JSON.stringify(
    town('c', [obs('output', '2021', '11'), obs('output', '2022', '12.5')], {
      targets: [target],
      zh: '丙镇',
    }),
  ),
  'towns/notes.txt': 'not a dataset',
  'd.json': JSON.stringify(town('d', [obs('output', '2021', '1')], { zh: '丁镇' })),
};

function cli(args: string[]) {
  const terminal = memoryIo(files, ['towns/', 'empty/']);
  const status = run(args, terminal.io, commands);
  return {
    status,
    stdout: terminal.stdout,
    stderr: terminal.stderr,
    written: terminal.written,
    io: terminal.io,
  };
}

describe('init', () => {
  it('writes a starter dataset that validate accepts', () => {
    const { status, stdout, written, io } = cli([
      'init',
      '--area',
      '平湖镇',
      '--out',
      'pinghu.json',
      '--year',
      '2027',
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'pinghu.json: starter dataset "pinghu" for 平湖镇 (39 catalogue indicators, empty plan "plan-2027")\nNext: add observations and targets, then run: tianmu-indicators validate pinghu.json\n',
    );
    const dataset = JSON.parse(written['pinghu.json'] as string);
    expect(dataset.area).toEqual({ id: 'pinghu', name: { zh: '平湖镇', en: 'Pinghu' } });
    expect(dataset.plans).toEqual([
      expect.objectContaining({
        id: 'plan-2027',
        period: '2027',
        adoptedOn: '2026-12-31',
        targets: [],
      }),
    ]);
    const out: string[] = [];
    expect(run(['validate', 'pinghu.json'], { ...io, stdout: (text) => out.push(text) })).toBe(0);
    expect(out.join('')).toContain('valid dataset "pinghu" (39 indicators, 0 observations');
  });

  it('takes an id and an English name, and names bad arguments', () => {
    const { written } = cli([
      'init',
      '--area',
      '平湖镇',
      '--area-en',
      'Pinghu Town',
      '--id',
      'ping-hu',
      '--out',
      'x/新.json',
    ]);
    expect(JSON.parse(written['x/新.json'] as string).area).toEqual({
      id: 'ping-hu',
      name: { zh: '平湖镇', en: 'Pinghu Town' },
    });
    const town = JSON.parse(
      cli(['init', '--area', '镇', '--out', '新.json', '--year', '2030']).written[
        '新.json'
      ] as string,
    );
    expect(town.id).toBe('town');
    expect(cli(['init', '--out', 'a.json']).stderr).toContain('--area');
    expect(cli(['init', '--area', ' ', '--out', 'a.json']).stderr).toContain('--area');
    expect(cli(['init', '--area', '镇']).stderr).toContain('--out');
    expect(cli(['init', '--area', '镇', '--out', 'a.json', '--id', 'Bad']).stderr).toContain(
      '--id ("Bad")',
    );
    expect(cli(['init', '--area', '镇', '--out', 'a.json', '--year', '27']).stderr).toContain(
      '--year ("27")',
    );
    expect(cli(['init', '--area', '镇', '--out', '/readonly/a.json']).stderr).toContain('EACCES');
    const noWrite = memoryIo();
    const { writeFile: _, ...readOnly } = noWrite.io;
    expect(run(['init', '--area', '镇', '--out', 'a.json'], readOnly, commands)).toBe(2);
    expect(noWrite.stderr).toContain('no file can be written here');
  });

  it('defaults to the coming year', () => {
    const { written } = cli(['init', '--area', '镇', '--out', 'a.json']);
    const year = new Date().getUTCFullYear() + 1;
    expect(JSON.parse(written['a.json'] as string).plans[0].period).toBe(String(year));
  });
});

describe('scorecard over several datasets', () => {
  it('prints the district table, the binding alerts, then each town', () => {
    const { status, stdout, stderr } = cli([
      'scorecard',
      '--dataset',
      'towns/a.json',
      '--dataset',
      'towns/b.json',
      '--as-of',
      '2022-12-31',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^地区汇总 · 2个地区\n地区\s+已实现\s+进展顺利\s+需加快\s+进展有限\s+倒退\s+未完成\s+无法评估\s+合计\n/,
    );
    expect(stdout).toMatch(
      /甲镇\s+0\s+0\s+0\s+1\s+0\s+0\s+0\s+1\n乙镇\s+0\s+0\s+0\s+0\s+1\s+0\s+0\s+1\n全部地区\s+0\s+0\s+0\s+1\s+1\s+0\s+0\s+2\n/,
    );
    expect(stdout).toContain('约束性目标预警\n  规上工业总产值20亿元 — 倒退: 乙镇\n');
    expect(stdout.indexOf('甲镇 · 规划')).toBeGreaterThan(stdout.indexOf('约束性目标预警'));
    expect(stdout).toContain('乙镇 · 规划');
  });

  it('prints the district table and alerts alone with --summary, even for one town', () => {
    const args = ['scorecard', '--dataset', 'towns', '--as-of', '2022-12-31'];
    const full = cli(args).stdout;
    const { status, stdout } = cli([...args, '--summary']);
    expect(status).toBe(0);
    expect(stdout).toBe(full.slice(0, full.indexOf('\n\n', full.indexOf('约束性目标预警')) + 1));
    expect(stdout).not.toContain('甲镇 · 规划');
    const json = JSON.parse(cli([...args, '--summary', '--format', 'json']).stdout);
    expect(json.areas.map((area: { scorecards: unknown[] }) => area.scorecards)).toEqual([
      [],
      [],
      [],
    ]);
    expect(json.counts.deterioration).toBe(1);
    const one = cli(['scorecard', '--dataset', 'towns/a.json', '--summary']).stdout;
    expect(one).toMatch(/^地区汇总 · 1个地区\n/);
    expect(cli([...args, '--summary', '--summary']).stderr).toContain('--summary');
  });

  it('reads a folder of datasets, in English, as JSON and as CSV', () => {
    const en = cli([
      'scorecard',
      '--dataset',
      'towns',
      '--locale',
      'en',
      '--plan',
      'plan',
      '--as-of',
      '2022-12-31',
    ]);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^District summary · 3 areas\nArea\s+Achieved/);
    expect(en.stdout).toContain(
      'Binding targets missed or deteriorating\n  Industrial output 2bn — Deterioration: b town\n',
    );
    const json = JSON.parse(cli(['scorecard', '--dataset', 'towns/', '--format', 'json']).stdout);
    expect(json.areas.map((area: { area: { id: string } }) => area.area.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    const csv = cli([
      'scorecard',
      '--dataset',
      'towns',
      '--format',
      'csv',
      '--as-of',
      '2022-12-31',
    ]).stdout;
    expect(csv.split('\n')[0]).toBe(
      '地区,已实现,进展顺利,需加快,进展有限,倒退,未完成,无法评估,合计',
    );
    expect(csv.split('\n')[4]).toBe('全部地区,0,1,0,1,1,0,0,3');
  });

  it('refuses an empty folder, a file given twice, and a repeated single flag', () => {
    expect(cli(['scorecard', '--dataset', 'empty']).stderr).toContain(
      'empty (folder) could not be read'.replace(' (folder)', ''),
    );
    expect(cli(['scorecard', '--dataset', 'towns/a.json', '--dataset', 'towns']).stderr).toContain(
      'the same file is given twice',
    );
    expect(cli(['scorecard', '--plan', 'a', '--plan=b']).stderr).toBe(
      'tianmu-indicators scorecard: --plan is not an accepted value: given twice; give it once\n',
    );
    expect(cli(['audit', '--dataset', 'a.json', '--dataset', 'b.json']).status).toBe(2);
    expect(cli(['rank', '--', '--x', '--x']).stderr).not.toContain('given twice');
  });
});

describe('rollup', () => {
  it('writes the district dataset and reports incomplete periods', () => {
    const { status, stdout, written } = cli([
      'rollup',
      '--dataset',
      'towns',
      '--dataset',
      'd.json',
      '--id',
      'lin-an',
      '--area',
      '临安区',
      '--area-en',
      "Lin'an",
      '--out',
      'district.json',
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'district.json: 临安区, 1 observations of 1 indicators rolled up from 4 areas\nincomplete, left out (1):\n  output 2022: missing d\n',
    );
    const dataset = JSON.parse(written['district.json'] as string);
    expect(dataset.observations[0]).toMatchObject({ period: '2021', value: '20.6' });
  });

  it('prints the dataset without --out, lists rates it skips, and needs an id and datasets', () => {
    const rate = JSON.stringify(
      town('r', [obs('forest-cover', '2022', '80'), obs('output', '2022', '1')]),
    );
    const terminal = memoryIo({ 'r.json': rate, 'towns/c.json': files['towns/c.json'] });
    expect(
      run(
        ['rollup', '--dataset', 'r.json', '--dataset', 'towns/c.json', '--id', 'x'],
        terminal.io,
        commands,
      ),
    ).toBe(0);
    expect(JSON.parse(terminal.stdout).observations).toEqual([
      expect.objectContaining({ indicator: 'output', period: '2022', value: '13.5' }),
    ]);
    const written = memoryIo({ 'r.json': rate });
    run(['rollup', '--dataset', 'r.json', '--id', 'x', '--out', 'x.json'], written.io, commands);
    expect(written.stdout).toContain('not combinable (aggregation none): forest-cover\n');
    expect(cli(['rollup', '--dataset', 'd.json']).stderr).toContain('--id');
    expect(cli(['rollup', '--id', 'x']).stderr).toContain('expected at least one --dataset');
  });
});

describe('rank', () => {
  it('ranks towns by growth with ties and the unranked last', () => {
    const { status, stdout } = cli([
      'rank',
      '--dataset',
      'towns',
      '--dataset',
      'd.json',
      '--indicator',
      'output',
      '--period',
      '2022',
      '--by',
      'growth',
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'output · 2022 (基期 2021) · 增速',
        '名次  地区     增速',
        '----  ----  -------',
        '   1  丙镇   13.64%',
        '   2  甲镇     2.5%',
        '   3  乙镇  -16.67%',
        '   —  丁镇   无数据',
        '',
      ].join('\n'),
    );
  });

  it('ranks by value in English, as JSON, and by completion', () => {
    const en = cli([
      'rank',
      '--dataset',
      'towns',
      '--indicator',
      'output',
      '--period',
      '2022',
      '--locale',
      'en',
      '--order',
      'ascending',
    ]);
    expect(en.stdout.split('\n').slice(0, 4)).toEqual([
      'output · 2022 · value',
      'Rank  Area               value',
      '----  ------  ----------------',
      '   1  b town    CNY 50 million',
    ]);
    const json = JSON.parse(
      cli([
        'rank',
        '--dataset',
        'towns',
        '--indicator',
        'output',
        '--period',
        '2022',
        '--format',
        'json',
      ]).stdout,
    );
    expect(json.areas.map((row: { rank: number }) => row.rank)).toEqual([1, 2, 3]);
    const completion = cli([
      'rank',
      '--dataset',
      'towns',
      '--indicator',
      'output',
      '--period',
      '2022',
      '--by',
      'completion',
      '--target',
      'output-2026',
    ]);
    expect(completion.stdout).toContain('完成率');
    expect(
      cli([
        'rank',
        '--dataset',
        'towns',
        '--indicator',
        'output',
        '--period',
        '2022',
        '--by',
        'size',
      ]).stderr,
    ).toContain('--by');
  });
});
