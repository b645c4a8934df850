/**
 * Fixtures for the chart tests: the mini dataset with figures after its baseline, so that
 * targets have a required path, a projection and every status colour. Not exported.
 */
import { expect } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { type Assessment, assessPlan, type Scorecard } from '../attainment/index.js';
import type { Dataset, Observation } from '../models/types.js';

const source = { document: 'report-2021', section: 'test', quote: 'a test figure' };

function figure(indicator: string, period: string, value: string, unit?: string): Observation {
  return {
    indicator,
    period,
    value,
    ...(unit === undefined ? {} : { unit }),
    status: 'actual',
    qualifier: null,
    source,
  };
}

/** The mini dataset with farmer income for 2023, industrial output for 2021 and 2023 and
 * trees planted in 2022. */
export function dataset(): Dataset {
  const base = structuredClone(miniDataset) as unknown as Dataset;
  return {
    ...base,
    observations: [
      ...base.observations,
      figure('farmer-income', '2023', '43000'),
      figure('industrial-output', '2021', '8'),
      figure('industrial-output', '2023', '8.6'),
      figure('precious-trees-planted', '2022', '1.5', 'wan-plant'),
    ],
  };
}

/** The 2022–2026 plan of {@link dataset} assessed at the end of 2023. */
export function scorecard(asOf = '2023-12-31'): Scorecard {
  return assessPlan(dataset(), 'term-2022-2026', { asOf });
}

/** One assessment of {@link scorecard}. */
export function assessment(targetId: string, asOf?: string): Assessment {
  const found = scorecard(asOf).assessments.find((a) => a.targetId === targetId);
  expect(found, targetId).toBeDefined();
  return found as Assessment;
}

export { errorOf, rejectionOf } from '../../test/fixtures/errors.js';

/** The rows of a spec's inline data. */
export function rowsOf(spec: Record<string, unknown>): Record<string, unknown>[] {
  return (spec.data as { values: Record<string, unknown>[] }).values;
}

/** The layers of a spec. */
export function layersOf(spec: Record<string, unknown>): Record<string, unknown>[] {
  return spec.layer as Record<string, unknown>[];
}
