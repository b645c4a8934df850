/**
 * Builders for the attainment tests: small valid records with only what a test changes
 * spelled out. Not exported from the barrel.
 */
import type {
  CumulativeTarget,
  Dataset,
  GrowthTarget,
  Indicator,
  LevelTarget,
  MilestoneTarget,
  Observation,
  Plan,
  Project,
  QualitativeTarget,
  Target,
} from '../models/types.js';

export const source = { document: 'report', section: 'plan', quote: 'a quoted sentence' };
export const title = { zh: '目标', en: 'Target' };

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'output',
    name: { zh: '产值', en: 'Output' },
    unit: 'yi-yuan',
    direction: 'increase',
    measure: 'stock',
    sector: 'industry',
    attribute: 'anticipatory',
    ...overrides,
  };
}

export function observation(
  period: string,
  value: string,
  overrides: Partial<Observation> = {},
): Observation {
  return {
    indicator: 'output',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...overrides,
  };
}

export function level(overrides: Partial<LevelTarget> = {}): LevelTarget {
  return {
    kind: 'level',
    id: 'output-2026',
    title,
    attribute: 'anticipatory',
    source,
    indicator: 'output',
    value: '10.5',
    period: '2026',
    comparator: 'at-least',
    ...overrides,
  };
}

export function growth(overrides: Partial<GrowthTarget> = {}): GrowthTarget {
  return {
    kind: 'growth',
    id: 'output-growth',
    title,
    attribute: 'anticipatory',
    source,
    indicator: 'output',
    basePeriod: '2021',
    period: '2022',
    annualGrowthPercent: '6',
    comparator: 'at-least',
    ...overrides,
  };
}

export function cumulative(overrides: Partial<CumulativeTarget> = {}): CumulativeTarget {
  return {
    kind: 'cumulative',
    id: 'trees',
    title,
    attribute: 'binding',
    source,
    indicator: 'trees',
    value: '10',
    unit: 'wan-plant',
    period: '2022/2026',
    comparator: 'at-least',
    ...overrides,
  };
}

export function milestone(overrides: Partial<MilestoneTarget> = {}): MilestoneTarget {
  return {
    kind: 'milestone',
    id: 'hotel-opens',
    title,
    attribute: 'anticipatory',
    source,
    project: 'hotel',
    milestone: 'open',
    due: '2022-09-10',
    ...overrides,
  };
}

export function qualitative(overrides: Partial<QualitativeTarget> = {}): QualitativeTarget {
  return {
    kind: 'qualitative',
    id: 'villages',
    title,
    attribute: 'anticipatory',
    source,
    ...overrides,
  };
}

export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'hotel',
    name: { zh: '度假酒店', en: 'Resort hotel' },
    category: 'tourism',
    stage: 'fitting-out',
    stageHistory: [
      { period: '2021', stage: 'under-construction' },
      { period: '2021-12-25', stage: 'fitting-out' },
    ],
    milestones: [{ id: 'open', title: { zh: '投入运营', en: 'Opens' }, due: '2022-09-10' }],
    source,
    ...overrides,
  };
}

/** A dataset of one plan, `plan`, with two indicators (`other`, `output`) and `targets`. */
export function planDataset(
  targets: Target[],
  observations: Observation[] = [],
  projects: Project[] = [],
  plan: Partial<Plan> = {},
): Dataset {
  return {
    id: 'town',
    area: { id: 'town', name: title },
    sources: [],
    claims: [],
    projects,
    indicators: [indicator({ id: 'other' }), indicator()],
    observations,
    plans: [
      {
        id: 'plan',
        title,
        issuer: title,
        adoptedOn: '2021-12-25',
        period: '2022/2026',
        source: 'report',
        targets,
        ...plan,
      },
    ],
  } as Dataset;
}
