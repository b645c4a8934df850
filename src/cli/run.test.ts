import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { run, USAGE } from './run.js';

describe('run', () => {
  it('prints usage on --help (status 0) and with no command (status 2)', () => {
    const help = memoryIo();
    expect(run(['--help'], help.io)).toBe(0);
    expect(help.stdout).toBe(USAGE);
    const none = memoryIo();
    expect(run([], none.io)).toBe(2);
    expect(none.stderr).toBe(USAGE);
  });

  it('prints a version', () => {
    const terminal = memoryIo();
    expect(run(['--version'], terminal.io)).toBe(0);
    expect(terminal.stdout).toMatch(/^\d+\.\d+\.\d+(-[a-z.]+)?\n$/);
  });

  it('rejects unknown commands, inherited names included', () => {
    for (const name of ['frobnicate', 'constructor', '__proto__']) {
      const terminal = memoryIo();
      expect(run([name], terminal.io)).toBe(2);
      expect(terminal.stderr).toContain(`unknown command "${name}"`);
    }
  });

  it('turns IndicatorErrors and bad options into status 2 with one line, printing nothing else', () => {
    const terminal = memoryIo();
    const failing = () => {
      throw new IndicatorError('not-found', { field: 'planId', value: 'x' });
    };
    expect(run(['fail'], terminal.io, { fail: failing })).toBe(2);
    expect(terminal.stdout).toBe('');
    expect(terminal.stderr).toBe('tianmu-indicators fail: planId ("x") was not found\n');
    const options = memoryIo();
    expect(run(['validate', '--nope'], options.io)).toBe(2);
    expect(options.stderr).toContain("Unknown option '--nope'");
  });

  it('reports unexpected failures with status 1', () => {
    const terminal = memoryIo();
    const broken = () => {
      throw new Error('boom');
    };
    expect(run(['broken'], terminal.io, { broken })).toBe(1);
    expect(terminal.stderr).toContain('unexpected failure: Error: boom');
  });
});

describe('validate', () => {
  it('summarises a valid dataset', () => {
    const terminal = memoryIo({ 'town.json': JSON.stringify(miniDataset) });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(0);
    expect(terminal.stdout).toBe(
      'town.json: valid dataset "mini-town" (4 indicators, 3 observations, 1 claims, 2 plans with 7 targets, 1 projects)\n',
    );
  });

  it('names the file and the path of each problem', () => {
    const broken = structuredClone(miniDataset) as unknown as { observations: { value: string }[] };
    broken.observations[0]!.value = 'lots';
    const terminal = memoryIo({ 'town.json': `\uFEFF${JSON.stringify(broken)}` });
    expect(run(['validate', 'town.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('town.json: Invalid dataset (1 problem):');
    expect(terminal.stderr).toContain('→ at observations[0].value');
  });

  it('rejects missing files, bad JSON and wrong arguments', () => {
    const missing = memoryIo();
    expect(run(['validate', 'none.json'], missing.io)).toBe(2);
    expect(missing.stderr).toContain('none.json could not be read: ENOENT');
    const bad = memoryIo({ 'bad.json': '{' });
    expect(run(['validate', 'bad.json'], bad.io)).toBe(2);
    expect(bad.stderr).toContain('bad.json:1:2 could not be read: not valid JSON');
    const none = memoryIo();
    expect(run(['validate'], none.io)).toBe(2);
    expect(none.stderr).toContain('expected one FILE');
  });

  it('handles deep nesting and huge strings without crashing', () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const terminal = memoryIo({
      'deep.json': deep,
      'big.json': JSON.stringify({ id: 'x'.repeat(10_000_000) }),
    });
    expect(run(['validate', 'deep.json'], terminal.io)).toBe(2);
    expect(run(['validate', 'big.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toContain('big.json: Invalid dataset (8 problems):');
  });
});
