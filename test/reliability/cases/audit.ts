/**
 * Table entry of the audit layer: every check run over generated datasets (valid by
 * construction, odd figures included) and over malformed ones.
 */
import fc from 'fast-check';
import * as root from '../../../src/index.js';
import type { Dataset } from '../../../src/schemas.js';
import * as schemas from '../../../src/schemas.js';
import { hostileOptionsBag } from '../arbitraries.js';
import { validDataset } from '../datasets.js';
import type { FunctionCase } from '../table.js';

const CHECKS = [
  'claim',
  'level-rate',
  'rate-alignment',
  'cumulative-pace',
  'cumulative-share',
  'components-sum',
  'components-growth',
  'annual-claim',
  'price-basis',
];

/** A generated dataset with two derived indicators: a share of its first indicator in itself, and a sum. */
const derivedDataset = validDataset.map((data) => {
  const d = data as { indicators: { id: string; unit: string }[] } & Record<string, unknown>;
  const first = d.indicators[0] as { id: string; unit: string };
  const base = {
    name: { zh: '派生', en: 'Derived' },
    direction: 'neutral',
    measure: 'stock',
    sector: 's',
    attribute: 'anticipatory',
  };
  const indicators = [
    ...d.indicators,
    {
      ...base,
      id: 'derived-share',
      unit: 'percent',
      formula: { op: 'ratio', numerator: first.id, denominator: first.id, multiplier: '100' },
    },
    {
      ...base,
      id: 'derived-sum',
      unit: 'percent',
      formula: { op: 'sum', of: ['derived-share', 'derived-share-again'] },
    },
    {
      ...base,
      id: 'derived-share-again',
      unit: 'percent',
      formula: { op: 'ratio', numerator: first.id, denominator: first.id, multiplier: '100' },
    },
  ];
  return schemas.parseDataset({ ...d, indicators }) as Dataset;
});

const auditOptions = fc.record({ checks: fc.subarray(CHECKS) }, { requiredKeys: [] });

export const audit: FunctionCase[] = [
  {
    name: 'deriveObservations',
    call: root.deriveObservations,
    valid: derivedDataset.map((dataset) => [dataset]),
    invalid: fc.tuple(
      fc.constantFrom<unknown>(null, undefined, 5, 'dataset', [], {}, { indicators: {} }),
    ),
    codes: [
      'invalid-argument',
      'invalid-dataset',
      'invalid-period',
      'invalid-number',
      'invalid-unit',
    ],
    check: (result) => {
      const derived = result as root.DerivedObservation[];
      for (const figure of derived) {
        if (figure.derivedFrom.length < 2) throw new Error('a derived figure lists its inputs');
        if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(figure.value)) throw new Error(figure.value);
      }
    },
  },
  {
    name: 'auditDataset',
    call: root.auditDataset,
    valid: fc
      .tuple(
        validDataset.map((d) => schemas.parseDataset(d) as Dataset),
        fc.option(auditOptions, { nil: undefined }),
      )
      .map(([dataset, options]) => (options === undefined ? [dataset] : [dataset, options])),
    invalid: fc.oneof(
      fc.tuple(fc.constantFrom<unknown>(null, undefined, 5, 'dataset', [], {}, { indicators: {} })),
      fc.tuple(
        validDataset,
        fc.oneof(
          hostileOptionsBag,
          fc.constantFrom<unknown>(
            { checks: ['everything'] },
            { checks: 'claim' },
            { indicatorMatches: { a: 'b' } },
            { indicatorMatches: null },
          ),
        ),
      ),
    ),
    codes: ['invalid-argument', 'invalid-period', 'invalid-number', 'invalid-unit'],
    check: (result) => {
      const r = result as root.AuditDatasetResult;
      const total = Object.values(r.counts).reduce((sum, n) => sum + n, 0);
      if (total !== r.findings.length) throw new Error('counts do not add up');
    },
  },
];
