import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import { FILE_SOURCE_ID, readObservations, withObservations } from './readObservations.js';
import { readDatasetFile, run, USAGE } from './run.js';
import { displayWidth, renderTable } from './table.js';

/** The East Asian wide ranges the table counts as two columns, first and last code points. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

const isWide = (codePoint: number) =>
  WIDE.some(([low, high]) => codePoint >= low && codePoint <= high);
const widthOf = (codePoint: number) => displayWidth(String.fromCodePoint(codePoint));

describe('displayWidth', () => {
  it.each(WIDE.map(([low, high]) => [low.toString(16), high.toString(16), low, high]))(
    'counts %s to %s as two columns and the code points beside them (outside all ranges) as one',
    (_low, _high, low, high) => {
      expect(widthOf(low as number)).toBe(2);
      expect(widthOf(high as number)).toBe(2);
      for (const beside of [(low as number) - 1, (high as number) + 1]) {
        expect(widthOf(beside)).toBe(isWide(beside) ? 2 : 1);
      }
    },
  );

  it('counts ASCII and the code point below the first range as one', () => {
    expect(displayWidth('a~')).toBe(2);
    expect(displayWidth(String.fromCodePoint(0x10ff))).toBe(1);
  });
});

describe('renderTable', () => {
  it('aligns left unless told otherwise', () => {
    expect(
      renderTable([
        ['ab', 'c'],
        ['d', 'ef'],
      ]),
    ).toBe('ab  c\n--  --\nd   ef');
  });
});

describe('run', () => {
  it.each(['-h', 'help'])('prints usage on %s with status 0', (flag) => {
    const terminal = memoryIo();
    expect(run([flag], terminal.io)).toBe(0);
    expect(terminal.stdout).toBe(USAGE);
    expect(terminal.stderr).toBe('');
  });

  it('prints the version on -v', () => {
    const terminal = memoryIo();
    expect(run(['-v'], terminal.io)).toBe(0);
    expect(terminal.stdout).toBe('0.0.0-dev\n');
  });

  it('lists the commands in its usage', () => {
    expect(USAGE).toMatch(/^Usage: tianmu-indicators <command> \[options\]\n/);
    for (const word of ['scorecard', 'audit', 'validate FILE', '--help', '--version']) {
      expect(USAGE).toContain(word);
    }
  });

  it('refuses validate with two files, naming the command', () => {
    const terminal = memoryIo({ 'a.json': '{}', 'b.json': '{}' });
    expect(run(['validate', 'a.json', 'b.json'], terminal.io)).toBe(2);
    expect(terminal.stderr).toBe(
      'tianmu-indicators validate: validate is not an accepted value: expected one FILE\n',
    );
  });

  it('reports an invalid dataset file as invalid-dataset, prefixed with the file', () => {
    const broken = structuredClone(miniDataset) as unknown as Record<string, unknown>;
    broken.id = 'Not An Id';
    let caught: unknown;
    const failing = () => {
      try {
        return run(['validate', 'town.json'], terminal.io);
      } catch (error) {
        caught = error;
        return -1;
      }
    };
    const terminal = memoryIo({ 'town.json': JSON.stringify(broken) });
    expect(failing()).toBe(2);
    expect(caught).toBeUndefined();
    expect(terminal.stderr).toMatch(/^tianmu-indicators validate: town\.json: Invalid dataset \(/);
  });

  it('reads a dataset file into invalid-dataset errors that keep the issues', () => {
    const terminal = memoryIo({ 'town.json': '{"id":"x"}' });
    try {
      readDatasetFile('town.json', terminal.io);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IndicatorError);
      expect((error as IndicatorError).code).toBe('invalid-dataset');
      expect((error as IndicatorError).details.issues).toBeInstanceOf(Array);
      expect((error as Error).message.startsWith('town.json: Invalid dataset (')).toBe(true);
    }
  });

  it('treats only parseArgs type errors as usage errors', () => {
    const typeError = memoryIo();
    expect(
      run(['broken'], typeError.io, {
        broken: () => {
          throw new TypeError('x is not a function');
        },
      }),
    ).toBe(1);
    expect(typeError.stderr).toContain('unexpected failure: TypeError: x is not a function');
    const otherCode = memoryIo();
    expect(
      run(['broken'], otherCode.io, {
        broken: () => {
          throw Object.assign(new TypeError('bad'), { code: 'ERR_INVALID_ARG_TYPE' });
        },
      }),
    ).toBe(1);
    const withCode = memoryIo();
    expect(
      run(['broken'], withCode.io, {
        broken: () => {
          throw Object.assign(new Error('other'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
        },
      }),
    ).toBe(1);
  });

  it('prints a thrown value that is no Error', () => {
    const terminal = memoryIo();
    expect(
      run(['broken'], terminal.io, {
        broken: () => {
          throw 'plain text';
        },
      }),
    ).toBe(1);
    expect(terminal.stderr).toBe('tianmu-indicators broken: unexpected failure: plain text\n');
  });
});

const dataset = parseDataset(structuredClone(miniDataset));

const readError = (text: string, file: string) =>
  errorOf(() => readObservations(text, file, dataset));

const HEADER = 'indicator,period,value,unit,status,qualifier';

describe('readObservations', () => {
  it('gives the reason of each refused cell', () => {
    const reasons = [
      [
        `${HEADER}\nindustrial-output,2022-13,1,,,`,
        'is not a period such as 2022, 2022-Q3, 2022-06 or 2022-01/2022-06',
      ],
      [`${HEADER}\nindustrial-output,2022,1,furlong,,`, 'is not a known unit'],
      [
        `${HEADER}\nindustrial-output,2022,1,,guess,`,
        'expected one of actual, preliminary, estimated, forecast',
      ],
      [
        `${HEADER}\nindustrial-output,2022,1,,,maybe`,
        'expected one of approximately, more-than, at-least',
      ],
      [
        'indicator,period,value,colour\nx,2022,1,red',
        'unknown column; expected indicator, period, value, unit, status, qualifier, yoy_percent, price_basis',
      ],
    ];
    for (const [text, reason] of reasons) {
      expect(readError(text as string, 'new.csv').details.reason).toBe(reason);
    }
    expect(readError('indicator,period,value,colour\nx,2022,1,red', 'new.csv').details.field).toBe(
      'new.csv line 1, field "colour"',
    );
    expect(
      readError(`${HEADER}\nindustrial-output,2022,1,furlong,,`, 'new.csv').details.field,
    ).toBe('new.csv line 2, field "unit"');
  });

  it('reads the header case-blind and with spaces, and a value as the canonical decimal', () => {
    const [observation] = readObservations(
      ' Indicator , PERIOD,Value\nindustrial-output, 2022 ,8.20',
      'new.csv',
      dataset,
    );
    expect(observation).toEqual({
      indicator: 'industrial-output',
      period: '2022',
      value: '8.2',
      status: 'actual',
      qualifier: null,
      source: { document: FILE_SOURCE_ID, section: 'file', quote: 'new.csv:2' },
    });
    expect(Object.hasOwn(observation as object, 'unit')).toBe(false);
  });

  it('reads JSON by extension (any case) or by its first character, after a BOM', () => {
    const json = '[{"indicator":"industrial-output","period":"2022","value":1,"unit":null}]';
    expect(readObservations(json, 'new.JSON', dataset)[0]?.source.quote).toBe('new.JSON:1');
    expect(readObservations(`\uFEFF  ${json}`, 'new.txt', dataset)[0]?.value).toBe('1');
    expect(readObservations(`\uFEFF${json}`, 'new.json', dataset)[0]?.value).toBe('1');
    const wrapped = `{"observations":${json}}`;
    expect(readObservations(wrapped, 'new', dataset)[0]?.period).toBe('2022');
    // A .csv file is read as CSV whatever it looks like.
    expect(readError(json, 'new.CSV').details.reason).toMatch(/^the header has no such column$/);
    // Text that only contains a bracket later is CSV.
    expect(readError('x[1]', 'new.txt').details.reason).toBe('the header has no such column');
  });

  it('refuses JSON that is no list of objects', () => {
    expect(readError('null', 'new.json').details.reason).toBe('expected an array of observations');
    expect(readError('"text"', 'new.json').details.reason).toBe(
      'expected an array of observations',
    );
    expect(readError('[[1]]', 'new.json').details.reason).toBe('expected an object');
    expect(readError('[null]', 'new.json').details.reason).toBe('expected an object');
    expect(readError('[{"colour":1}]', 'new.json').details.reason).toBe(
      'unknown field; expected indicator, period, value, unit, status, qualifier, yoy_percent, price_basis',
    );
    expect(readError('[{"period":1}]', 'new.json').details.field).toBe(
      'new.json line 1, item 0, field "indicator"',
    );
  });

  it('reads a number cell in JSON and trims text cells', () => {
    const [observation] = readObservations(
      '[{"indicator":" industrial-output ","period":2022,"value":" 8.2 ","unit":" 亿元 "}]',
      'new.json',
      dataset,
    );
    expect([
      observation?.indicator,
      observation?.period,
      observation?.value,
      observation?.unit,
    ]).toEqual(['industrial-output', '2022', '8.2', 'yi-yuan']);
  });
});

describe('withObservations', () => {
  it('replaces an earlier file source and keeps the other figures', () => {
    const first = withObservations(
      dataset,
      readObservations('indicator,period,value\nindustrial-output,2022,1', 'a.csv', dataset),
      'a.csv',
    );
    const second = withObservations(
      first,
      readObservations('indicator,period,value\nindustrial-output,2023,2', 'b.csv', dataset),
      'b.csv',
    );
    expect(second.sources.filter((s) => s.id === FILE_SOURCE_ID)).toEqual([
      {
        id: FILE_SOURCE_ID,
        title: { zh: 'b.csv', en: 'b.csv' },
        issuer: { zh: '用户', en: 'User' },
      },
    ]);
    expect(second.observations.map((o) => `${o.indicator} ${o.period}`)).toEqual([
      'farmer-income 2016',
      'farmer-income 2021',
      'precious-trees-planted 2021',
      'industrial-output 2022',
      'industrial-output 2023',
    ]);
    expect(() => parseDataset(second)).not.toThrow();
  });
});
