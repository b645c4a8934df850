/** The command line facing hostile files: terminal text, limits, positions and messages. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { listProblems, MAX_PROBLEMS } from '../interchange/_datasetProblems.js';
import { MAX_ROWS } from './_limits.js';
import { printable } from './_printable.js';
import { auditCommand } from './audit.js';
import { run as runWith } from './run.js';
import { renderTable, truncate } from './table.js';

const ESC = String.fromCharCode(0x1b);
const run = (argv: string[], io: Parameters<typeof runWith>[1]) =>
  runWith(argv, io, { audit: auditCommand });
const BEL = String.fromCharCode(7);

describe('terminal text', () => {
  it('shows every control character as one visible character', () => {
    expect(printable(`a${ESC}[2Jb${BEL}c\u0000d\u009be\u202ef\u007f`)).toBe(
      'a\u241b[2Jb\u2407c\u2400d\ufffde\ufffdf\u2421',
    );
    expect(printable('line\none\ttab', true)).toBe('line\none tab');
    expect(printable('line\n')).toBe('line\u240a');
  });

  it('never lets an escape sequence through a table or a truncation', () => {
    const table = renderTable([['名称'], [`x${ESC}[2J${ESC}]0;title${BEL}`]]);
    expect(table).not.toContain(ESC);
    expect(table).not.toContain(BEL);
    const cut = truncate(`abc${ESC}[31mred`, 5);
    expect(cut).toBe('abc\u241b…');
    expect(cut).not.toContain(ESC);
  });

  it('prints no raw escape from a dataset in a message', () => {
    const bad = { ...miniDataset, id: `x${ESC}[2J` };
    const terminal = memoryIo({ 'town.json': JSON.stringify(bad) });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).not.toContain(ESC);
    expect(run([`no${ESC}[2Jcommand`], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('unknown command "no\u241b[2Jcommand"');
    expect(terminal.stderr).not.toContain(ESC);
  });
});

describe('limits and positions', () => {
  it('gives line:column of a JSON syntax error, naming the file', () => {
    const terminal = memoryIo({ 'town.json': '{\n  "id": "x",\n  oops\n}' });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('town.json:3:3 could not be read: not valid JSON');
  });

  it('refuses a file that does not read as text', () => {
    const terminal = memoryIo({ 'town.json': 42 as never });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('town.json could not be read: the file is not text');
  });

  it('refuses too many observation rows before reading them, naming the file', () => {
    const rows = `indicator,period,value\n${'x,2022,1\n'.repeat(MAX_ROWS + 1)}`;
    const terminal = memoryIo({ 'town.json': JSON.stringify(miniDataset), 'big.csv': rows });
    const args = ['audit', 'town.json', '--observations', 'big.csv'];
    expect(run(args, terminal.io)).toBe(2);
    expect(terminal.stderr).toContain(
      `big.csv could not be read: the file has ${MAX_ROWS + 1} rows`,
    );
    const json = JSON.stringify(Array.from({ length: MAX_ROWS + 1 }, () => 0));
    const second = memoryIo({ 'town.json': JSON.stringify(miniDataset), 'big.json': json });
    expect(run(['audit', 'town.json', '--observations', 'big.json'], second.io)).toBe(2);
    expect(second.stderr).toContain(`the file has ${MAX_ROWS + 1} rows`);
  });

  it('lists at most the first 20 problems and counts the rest', () => {
    const problems = Array.from({ length: 45 }, (_, i) => `p${i}`);
    const listed = listProblems(problems).split('\n');
    expect(listed).toHaveLength(MAX_PROBLEMS + 1);
    expect(listed[MAX_PROBLEMS]).toBe('… and 25 more problems (45 in all)');
    expect(listProblems(['a'])).toBe('a');
    const observations = Array.from({ length: 30 }, () => ({ indicator: 1 }));
    const terminal = memoryIo({
      'town.json': JSON.stringify({ ...miniDataset, observations }),
    });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toMatch(/Invalid dataset \(\d+ problems\):/);
    expect(terminal.stderr).toMatch(/… and \d+ more problems \(\d+ in all\)/);
    expect(terminal.stderr.split('\n').filter((line) => line.includes('→ at'))).toHaveLength(20);
  });

  it('says a missing field is missing, and that qualifier may be null', () => {
    const [first] = miniDataset.observations;
    const { qualifier: _dropped, value: _value, ...rest } = first as Record<string, unknown>;
    const terminal = memoryIo({
      'town.json': JSON.stringify({ ...miniDataset, observations: [rest] }),
    });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('→ at observations[0].value: is missing');
    expect(terminal.stderr).toContain(
      '→ at observations[0].qualifier: is missing (write "qualifier": null when the figure has none)',
    );
  });

  it('gives one message for one fault (a bad period), and suggests a near id', () => {
    const [first] = miniDataset.observations;
    const badPeriod = { ...first, period: '2021-13' };
    const terminal = memoryIo({
      'a.json': JSON.stringify({ ...miniDataset, observations: [badPeriod] }),
      'b.json': JSON.stringify({
        ...miniDataset,
        observations: [{ ...first, indicator: `${first!.indicator}x` }],
      }),
    });
    expect(run(['validate', 'a.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('Invalid dataset (1 problem):');
    expect(terminal.stderr.split('\n').filter((line) => line.includes('→ at'))).toEqual([
      '  line 1: → at observations[0].period: expected a valid period such as "2021" or "2022/2026"',
    ]);
    expect(run(['validate', 'b.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain(`(did you mean "${first!.indicator}"?)`);
  });

  it('gives the line of a value the schema refuses, and of the object missing a field', () => {
    const [first] = miniDataset.observations;
    const { qualifier: _dropped, ...noQualifier } = first as Record<string, unknown>;
    const text = JSON.stringify(
      { ...miniDataset, observations: [{ ...first, period: '2021-13' }, noQualifier] },
      null,
      2,
    );
    const textLines = text.split('\n');
    const periodLine = textLines.findIndex((l) => l.includes('"2021-13"')) + 1;
    // The second observation's object starts at the second `{` after "observations".
    const start = textLines.findIndex((l) => l.includes('"observations"'));
    const objectLine = textLines.findIndex((l, i) => i > periodLine - 1 && l.trim() === '{') + 1;
    expect(periodLine).toBeGreaterThan(start + 1);
    const terminal = memoryIo({ 'town.json': text });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain(`  line ${periodLine}: → at observations[0].period:`);
    expect(terminal.stderr).toContain(
      `  line ${objectLine}: → at observations[1].qualifier: is missing`,
    );
  });

  it('refuses a CSV header that names a column twice', () => {
    const terminal = memoryIo({
      'town.json': JSON.stringify(miniDataset),
      'new.csv': 'indicator,period,value,value\nx,2022,1,2\n',
    });
    expect(run(['audit', 'town.json', '--observations', 'new.csv'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain(
      'new.csv line 1, field "value" could not be read: the header names this column twice',
    );
  });

  it('audits a FILE given as validate takes it', () => {
    const terminal = memoryIo({ 'town.json': JSON.stringify(miniDataset) });
    const byFlag = memoryIo({ 'town.json': JSON.stringify(miniDataset) });
    expect(run(['audit', 'town.json', '--format', 'json'], terminal.io)).toBe(0);
    expect(run(['audit', '--dataset', 'town.json', '--format', 'json'], byFlag.io)).toBe(0);
    expect(terminal.stdout).toBe(byFlag.stdout);
    const twice = memoryIo({ 'town.json': JSON.stringify(miniDataset) });
    expect(run(['audit', 'town.json', '--dataset', 'town.json'], twice.io)).toBe(2);
    expect(twice.stderr).toContain('expected at most one dataset FILE');
  });
});
