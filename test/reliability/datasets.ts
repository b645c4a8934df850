/**
 * Generators of datasets: valid by construction (every reference resolves, units fit, periods
 * are ordered, ids are unique), and corruptions of them that parseDataset must refuse.
 */
import fc from 'fast-check';
import { ProjectStage } from '../../src/models/Project.js';
import { UNITS } from '../../src/units/UNITS.js';

const idPart = fc.stringMatching(/^[a-z0-9]{1,8}$/);
/** Ids in the model's syntax: lower-case words joined by `-`, `.` or `_`. */
export const modelId: fc.Arbitrary<string> = fc
  .array(idPart, { minLength: 1, maxLength: 3 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('-', '.', '_'), {
        minLength: parts.length - 1,
        maxLength: parts.length - 1,
      })
      .map((joins) => parts.map((part, i) => (i === 0 ? part : `${joins[i - 1]}${part}`)).join('')),
  );

/** Text of any code points, lone surrogates and controls included. */
const text = (max: number) => fc.string({ unit: 'binary', minLength: 1, maxLength: max });
const localized = fc.record({ zh: text(12), en: text(12) });

/** Decimal strings in the model's syntax (`-?digits(.digits)?`, no exponent). */
export const decimalString: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }),
  )
  .map(([negative, whole, fraction]) => {
    const body = fraction === undefined ? String(whole) : `${whole}.${fraction}`;
    return negative && body !== '0' ? `-${body}` : body;
  });

/**
 * Planned growth above −100%. The schema accepts −100 and below, but assessPlan refuses such a
 * target (`invalid-argument`) and with it the whole plan: see docs/reliability.md.
 */
const growthPercent = decimalString.filter((text) => Number(text) > -100);

const year = fc.integer({ min: 1950, max: 2100 });
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const period = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 10 })).map(([y, n]) => `${y}/${y + n}`),
);
/** Two years, the second later: for claims, baselines and growth targets. */
const orderedYears = fc
  .tuple(year, fc.integer({ min: 1, max: 10 }))
  .map(([from, n]) => [String(from), String(from + n)] as const);

/** The model's optional fields: present with a value or absent, never `undefined`. */
function maybe<T>(key: string, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc
    .option(arbitrary, { nil: undefined })
    .map((value) => (value === undefined ? {} : { [key]: value }));
}

interface Ids {
  readonly sources: readonly string[];
  readonly indicators: readonly { readonly id: string; readonly unit: string }[];
  readonly projects: readonly { readonly id: string; readonly milestones: readonly string[] }[];
}

const dimensionOf = new Map(UNITS.map((unit) => [unit.id, unit.dimension]));
const sameDimension = (unit: string) =>
  UNITS.filter((u) => u.dimension === dimensionOf.get(unit)).map((u) => u.id);

function citation(ids: Ids) {
  return fc.record({
    document: fc.constantFrom(...ids.sources),
    section: text(6),
    quote: text(20),
  });
}

function observations(ids: Ids) {
  const one = fc.constantFrom(...ids.indicators).chain((indicator) =>
    fc
      .tuple(
        fc.record({
          indicator: fc.constant(indicator.id),
          period,
          value: decimalString,
          status: fc.constantFrom('actual', 'preliminary', 'estimated', 'forecast'),
          qualifier: fc.constantFrom(null, 'approximately', 'more-than', 'at-least'),
          source: citation(ids),
        }),
        maybe('unit', fc.constantFrom(...sameDimension(indicator.unit))),
        maybe('id', modelId),
      )
      .map(([base, unit, id]) => ({ ...id, ...base, ...unit })),
  );
  // One value per indicator, period and status; observation ids are unique too.
  return fc
    .uniqueArray(one, { maxLength: 6, selector: (o) => `${o.indicator}|${o.period}|${o.status}` })
    .map((list) => {
      const seen = new Set<string>();
      return list.map((o) => {
        const id = (o as { id?: string }).id;
        if (id === undefined) return o;
        if (seen.has(id)) {
          const { id: _dropped, ...rest } = o as { id?: string };
          return rest;
        }
        seen.add(id);
        return o;
      });
    });
}

function claims(ids: Ids) {
  return fc.uniqueArray(
    fc.tuple(orderedYears, fc.constantFrom(...ids.indicators)).chain(([[from, to], indicator]) =>
      fc.record({
        id: modelId,
        indicator: fc.constant(indicator.id),
        fromPeriod: fc.constant(from),
        toPeriod: fc.constant(to),
        statedPercent: decimalString,
        qualifier: fc.constantFrom(null, 'approximately', 'more-than', 'at-least'),
        source: citation(ids),
      }),
    ),
    { maxLength: 3, selector: (claim) => claim.id },
  );
}

function target(ids: Ids) {
  const common = {
    title: localized,
    attribute: fc.constantFrom('anticipatory', 'binding'),
    source: citation(ids),
  };
  const indicator = fc.constantFrom(...ids.indicators);
  const level = fc.tuple(indicator, orderedYears).chain(([ind, [from, to]]) =>
    fc
      .tuple(
        fc.record({
          kind: fc.constant('level' as const),
          ...common,
          indicator: fc.constant(ind.id),
          value: decimalString,
          period: fc.constant(to),
          comparator: fc.constantFrom('at-least', 'at-most'),
        }),
        maybe('unit', fc.constantFrom(...sameDimension(ind.unit))),
        maybe('baseline', fc.record({ period: fc.constant(from), value: decimalString })),
        maybe('annualGrowthPercent', growthPercent),
      )
      .map(([base, ...extra]) => Object.assign({}, base, ...extra)),
  );
  const growth = fc.tuple(indicator, orderedYears).chain(([ind, [from, to]]) =>
    fc.record({
      kind: fc.constant('growth' as const),
      ...common,
      indicator: fc.constant(ind.id),
      basePeriod: fc.constant(from),
      period: fc.constant(to),
      annualGrowthPercent: growthPercent,
      comparator: fc.constantFrom('at-least', 'at-most'),
    }),
  );
  const cumulative = indicator.chain((ind) =>
    fc
      .tuple(
        fc.record({
          kind: fc.constant('cumulative' as const),
          ...common,
          indicator: fc.constant(ind.id),
          value: decimalString,
          period,
          comparator: fc.constantFrom('at-least', 'at-most'),
        }),
        maybe('unit', fc.constantFrom(...sameDimension(ind.unit))),
      )
      .map(([base, unit]) => ({ ...base, ...unit })),
  );
  const projectRef =
    ids.projects.length === 0
      ? fc.constant({})
      : fc.option(fc.constantFrom(...ids.projects), { nil: undefined }).chain((project) =>
          project === undefined
            ? fc.constant({})
            : project.milestones.length === 0
              ? fc.constant({ project: project.id })
              : maybe('milestone', fc.constantFrom(...project.milestones)).map((m) => ({
                  project: project.id,
                  ...m,
                })),
        );
  const milestone = fc
    .tuple(
      fc.record({ kind: fc.constant('milestone' as const), ...common, due: period }),
      projectRef,
    )
    .map(([base, ref]) => ({ ...base, ...ref }));
  const qualitative = fc
    .tuple(
      fc.record({ kind: fc.constant('qualitative' as const), ...common }),
      maybe(
        'indicator',
        indicator.map((i) => i.id),
      ),
      maybe('period', period),
    )
    .map(([base, ...extra]) => Object.assign({}, base, ...extra));
  return fc.oneof(level, growth, cumulative, milestone, qualitative);
}

function plans(ids: Ids) {
  const targetWithId = fc.tuple(modelId, target(ids)).map(([id, t]) => ({ id, ...t }));
  return fc
    .uniqueArray(
      fc.record({
        id: modelId,
        title: localized,
        issuer: localized,
        adoptedOn: date,
        period,
        source: fc.constantFrom(...ids.sources),
        targets: fc.array(targetWithId, { maxLength: 4 }),
      }),
      { maxLength: 2, selector: (plan) => plan.id },
    )
    .map((list) => {
      // Target ids are unique across plans.
      const seen = new Set<string>();
      return list.map((plan) => ({
        ...plan,
        targets: plan.targets.filter((t) => !seen.has(t.id) && seen.add(t.id)),
      }));
    });
}

const STAGES = ProjectStage.options;
const moneyUnits = UNITS.filter((unit) => unit.dimension === 'money').map((unit) => unit.id);

function project(ids: Ids, id: string, milestones: readonly string[]) {
  return fc
    .tuple(
      fc.record({
        id: fc.constant(id),
        name: localized,
        category: text(10),
        source: citation(ids),
        milestones: fc.tuple(
          ...milestones.map((milestoneId) =>
            fc
              .tuple(
                fc.record({ id: fc.constant(milestoneId), title: localized }),
                maybe('due', period),
                maybe('doneOn', period),
                maybe('source', citation(ids)),
              )
              .map(([base, ...extra]) => Object.assign({}, base, ...extra)),
          ),
        ),
      }),
      // Stage history oldest first; the project's stage is the latest entry's.
      fc.array(fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.constantFrom(...STAGES)), {
        maxLength: 3,
      }),
      fc.constantFrom(...STAGES),
      maybe('sponsor', localized),
      maybe('progressPercent', decimalString),
      maybe(
        'investment',
        fc.record({ value: decimalString, unit: fc.constantFrom(...moneyUnits) }),
      ),
    )
    .map(([base, history, fallbackStage, ...extra]) => {
      const stageHistory = [...history]
        .sort((a, b) => a[0] - b[0])
        .map(([y, stage]) => ({ period: String(y), stage }));
      const stage = stageHistory.at(-1)?.stage ?? fallbackStage;
      return Object.assign({}, base, { stage, stageHistory }, ...extra);
    });
}

/** A dataset valid by construction, with a few of everything. */
export const validDataset = fc
  .record({
    sources: fc.uniqueArray(modelId, { minLength: 1, maxLength: 3 }),
    indicators: fc.uniqueArray(
      fc.record({ id: modelId, unit: fc.constantFrom(...UNITS.map((u) => u.id)) }),
      { minLength: 1, maxLength: 4, selector: (i) => i.id },
    ),
    projects: fc.uniqueArray(
      fc.record({ id: modelId, milestones: fc.uniqueArray(modelId, { maxLength: 2 }) }),
      { maxLength: 2, selector: (p) => p.id },
    ),
  })
  .chain((ids) =>
    fc.record({
      id: modelId,
      area: fc.record({ id: modelId, name: localized }),
      sources: fc.tuple(
        ...ids.sources.map((id) =>
          fc
            .tuple(
              fc.record({ id: fc.constant(id), title: localized, issuer: localized }),
              maybe('deliveredOn', date),
              maybe('publishedOn', date),
              maybe('reference', text(30)),
            )
            .map(([base, ...extra]) => Object.assign({}, base, ...extra)),
        ),
      ),
      indicators: fc.tuple(
        ...ids.indicators.map(({ id, unit }) =>
          fc
            .tuple(
              fc.record({
                id: fc.constant(id),
                name: localized,
                unit: fc.constant(unit),
                direction: fc.constantFrom('increase', 'decrease', 'neutral'),
                measure: fc.constantFrom('stock', 'flow', 'rate'),
                sector: text(10),
                attribute: fc.constantFrom('anticipatory', 'binding'),
              }),
              maybe('description', text(40)),
            )
            .map(([base, extra]) => ({ ...base, ...extra })),
        ),
      ),
      observations: observations(ids),
      claims: claims(ids),
      plans: plans(ids),
      projects: fc.tuple(...ids.projects.map((p) => project(ids, p.id, p.milestones))),
    }),
  );

type Json = Record<string, unknown>;
type Corruption = (dataset: Json) => Json | undefined;

const at = (dataset: Json, key: string) => dataset[key] as Json[];

/** One change that makes a valid dataset invalid; `undefined` when it does not apply. */
const CORRUPTIONS: Record<string, Corruption> = {
  'a missing id': ({ id: _id, ...rest }) => rest,
  'an extra key': (d) => ({ ...d, extra: true }),
  'an id with capitals': (d) => ({ ...d, id: 'Mini-Town' }),
  'a list that is not an array': (d) => ({ ...d, observations: {} }),
  'an unknown source in a citation': (d) => {
    const [first, ...rest] = at(d, 'observations');
    if (first === undefined) return undefined;
    return {
      ...d,
      observations: [
        { ...first, source: { ...(first.source as Json), document: 'nowhere' } },
        ...rest,
      ],
    };
  },
  'an unknown indicator': (d) => {
    const [first, ...rest] = at(d, 'claims');
    return first === undefined
      ? undefined
      : { ...d, claims: [{ ...first, indicator: 'nowhere' }, ...rest] };
  },
  'a reversed claim': (d) => {
    const [first, ...rest] = at(d, 'claims');
    if (first === undefined) return undefined;
    return {
      ...d,
      claims: [{ ...first, fromPeriod: first.toPeriod, toPeriod: first.fromPeriod }, ...rest],
    };
  },
  'a duplicate source': (d) => ({ ...d, sources: [...at(d, 'sources'), at(d, 'sources')[0]] }),
  'a value in exponent notation': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, value: '1e5' }, ...rest] };
  },
  'a value as a number': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, value: 8.2 }, ...rest] };
  },
  'a NaN value': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, value: 'NaN' }, ...rest] };
  },
  'a period 2021-Q5': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, period: '2021-Q5' }, ...rest] };
  },
  'a period 2021-02-30': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, period: '2021-02-30' }, ...rest] };
  },
  'a reversed range': (d) => {
    const [first, ...rest] = at(d, 'plans');
    return first === undefined
      ? undefined
      : { ...d, plans: [{ ...first, period: '2026/2022' }, ...rest] };
  },
  'a date before 1900': (d) => {
    const [first, ...rest] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [{ ...first, period: '1899' }, ...rest] };
  },
  'a unit of another dimension': (d) => {
    const [first, ...rest] = at(d, 'indicators');
    if (first === undefined) return undefined;
    const unit = dimensionOf.get(first.unit as string) === 'area' ? 'yuan' : 'mu';
    const observation = at(d, 'observations').find((o) => o.indicator === first.id);
    if (observation === undefined) return undefined;
    return {
      ...d,
      observations: at(d, 'observations').map((o) => (o === observation ? { ...o, unit } : o)),
      indicators: [first, ...rest],
    };
  },
  'an unknown unit': (d) => {
    const [first, ...rest] = at(d, 'indicators');
    return first === undefined
      ? undefined
      : { ...d, indicators: [{ ...first, unit: '千元' }, ...rest] };
  },
  'an undefined optional field': (d) => {
    const [first, ...rest] = at(d, 'indicators');
    return first === undefined
      ? undefined
      : { ...d, indicators: [{ ...first, sector: undefined }, ...rest] };
  },
  'a duplicate observation': (d) => {
    const [first] = at(d, 'observations');
    return first === undefined
      ? undefined
      : { ...d, observations: [...at(d, 'observations'), { ...first }] };
  },
};

/** The names of the corruptions, for the report. */
export const CORRUPTION_NAMES: readonly string[] = Object.keys(CORRUPTIONS);

/** A valid dataset with one corruption applied, and its name. */
export const corruptDataset: fc.Arbitrary<{ readonly name: string; readonly dataset: Json }> = fc
  .tuple(validDataset, fc.constantFrom(...CORRUPTION_NAMES))
  .map(([dataset, name]) => ({ name, dataset: CORRUPTIONS[name]?.(dataset as Json) }))
  .filter((c): c is { name: string; dataset: Json } => c.dataset !== undefined);
