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

const CHECKS = ['claim', 'level-rate', 'rate-alignment', 'cumulative-pace', 'cumulative-share'];

const auditOptions = fc.record({ checks: fc.subarray(CHECKS) }, { requiredKeys: [] });

export const audit: FunctionCase[] = [
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
