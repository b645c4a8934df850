/**
 * The areas layer: many towns at once. Valid calls get lists of generated datasets with
 * distinct areas; invalid ones get no list, an empty list, a list holding junk, or one area
 * twice.
 */
import fc from 'fast-check';
import type { ErrorCode } from '../../../src/errors/messages.js';
import * as root from '../../../src/index.js';
import type { Dataset } from '../../../src/schemas.js';
import * as schemas from '../../../src/schemas.js';
import { validDataset } from '../datasets.js';
import type { FunctionCase } from '../table.js';

/** One to three towns, each a valid dataset of its own area. */
const towns = fc.array(validDataset, { minLength: 1, maxLength: 3 }).map((list) =>
  list.map((dataset, index) => {
    const parsed = schemas.parseDataset(dataset) as Dataset;
    return {
      ...parsed,
      area: { id: `area-${index}`, name: { zh: `镇${index}`, en: `Town ${index}` } },
    };
  }),
);

const badLists = fc.constantFrom<unknown>(null, undefined, [], 'towns', [null], [{}]);
const twice = towns.map((list) => [...list, list[0]]);
const area = { id: 'district', area: { id: 'district', name: { zh: '区', en: 'District' } } };

/** Towns may define one indicator id in units of two kinds, or rank a neutral indicator. */
const combineCodes: ErrorCode[] = ['incompatible-units', 'non-positive-base', 'invalid-argument'];

export const areas: FunctionCase[] = [
  {
    name: 'rollUp',
    call: root.rollUp,
    valid: towns.map((list) => [list, area]),
    invalid: fc.oneof(
      fc.tuple(badLists, fc.constant(area)),
      twice.map((list) => [list, area]),
      towns.map((list) => [list, { id: 'Not An Id', area: area.area }]),
    ),
    codes: ['invalid-argument'],
    validCodes: combineCodes,
    check: (result) => {
      const { dataset } = result as root.RollUpResult;
      schemas.parseDataset(dataset);
    },
  },
  {
    name: 'assessAreas',
    call: root.assessAreas,
    valid: towns.map((list) => [list, { asOf: '2024-06-30' }]),
    invalid: fc.oneof(
      fc.tuple(badLists),
      twice.map((list) => [list]),
      towns.map((list) => [list, { plan: 'no-such-plan' }]),
    ),
    codes: ['invalid-argument', 'not-found'],
    check: (result, args) => {
      const { areas: list } = result as root.AssessAreasResult;
      if (list.length !== (args[0] as unknown[]).length) throw new Error('an area was lost');
    },
  },
  {
    name: 'rankAreas',
    call: root.rankAreas,
    valid: towns.chain((list) =>
      fc
        .tuple(
          fc.constantFrom(...list.flatMap((town) => town.indicators.map((i) => i.id))),
          fc.constantFrom('2021', '2022', '2021-Q3'),
          fc.constantFrom('value', 'growth'),
        )
        .map(([indicator, period, by]) => [list, { indicator, period, by }]),
    ),
    invalid: fc.oneof(
      fc.tuple(badLists, fc.constant({ indicator: 'x', period: '2021' })),
      towns.map((list) => [list, { indicator: 'no-such-indicator', period: '2021' }]),
      towns.map((list) => [
        list,
        { indicator: list[0]?.indicators[0]?.id, period: '2021', by: 'size' },
      ]),
      towns.map((list) => [
        list,
        { indicator: list[0]?.indicators[0]?.id, period: '2021-13', order: 'ascending' },
      ]),
    ),
    codes: ['invalid-argument', 'not-found', 'invalid-period'],
    validCodes: combineCodes,
  },
  {
    name: 'aggregationOf',
    call: root.aggregationOf,
    valid: validDataset.chain((dataset) =>
      fc.constantFrom(...schemas.parseDataset(dataset).indicators).map((i) => [i]),
    ),
    codes: [],
  },
];
