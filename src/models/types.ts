/**
 * The model types, declared without zod so that the computing entry's types stand alone (a
 * consumer without zod still gets every field checked). Each equals the type its schema in
 * `tianmu-indicators/schemas` infers; `test/types/models.ts` checks it at compile time.
 */
import type { Plan, Project } from './targetTypes.js';

export type {
  Comparator,
  CumulativeTarget,
  GrowthTarget,
  LevelTarget,
  MilestoneTarget,
  Plan,
  Project,
  ProjectMilestone,
  ProjectStage,
  QualitativeTarget,
  StageRecord,
  Target,
  TargetCommon,
  TargetKind,
} from './targetTypes.js';

/**
 * A record id: lower-case ASCII words joined by hyphens, dots or underscores
 * (`industrial-output`).
 *
 * @category Models
 */
export type Id = string;

/**
 * A decimal held as a string so it survives JSON exactly (`"8.2"`, `"27720"`, `"-2.6"`).
 *
 * @category Models
 */
export type DecimalString = string;

/**
 * A period string: `2021`, `2021-H1`, `2021-Q3`, `2021-06`, `2021-06-30` or a range `2022/2026`.
 *
 * @category Models
 */
export type PeriodString = string;

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @category Models
 */
export type DateString = string;

/**
 * A unit id or zh symbol from the unit catalogue (`yi-yuan` or `亿元`).
 *
 * @category Models
 */
export type UnitId = string;

/**
 * A text in Chinese and English.
 *
 * @category Models
 */
export interface LocalizedText {
  /** The Chinese text. */
  zh: string;
  /** The English text. */
  en: string;
}

/**
 * Where a record comes from: the source document's id, its section and the verbatim quote.
 *
 * @category Models
 */
export interface Citation {
  /** Id of a source of the dataset. */
  document: Id;
  /** The section heading the quote stands under. */
  section: string;
  /** The sentence or phrase, verbatim. */
  quote: string;
}

/**
 * A value with its unit.
 *
 * @category Models
 */
export interface Quantity {
  /** The value, a decimal string. */
  value: DecimalString;
  /** The unit of the value. */
  unit: UnitId;
}

/**
 * Which way is better: `increase`, `decrease`, or `neutral` (no better way).
 *
 * @category Models
 */
export type Direction = 'increase' | 'decrease' | 'neutral';

/**
 * What a figure measures: `stock` (a level at a time), `flow` (summed over a period) or `rate`
 * (a percent whose changes are in percentage points).
 *
 * @category Models
 */
export type Measure = 'stock' | 'flow' | 'rate';

/**
 * The plan attribute of an indicator or target: `anticipatory` (预期性) or `binding` (约束性).
 *
 * @category Models
 */
export type Attribute = 'anticipatory' | 'binding';

/**
 * The status of an observation, after SDMX OBS_STATUS: `actual` (A), `preliminary` (P),
 * `estimated` (E, 预计) or `forecast` (F).
 *
 * @category Models
 */
export type ObservationStatus = 'actual' | 'preliminary' | 'estimated' | 'forecast';

/**
 * How exact a stated figure is: `approximately` (约), `more-than` (余, 多), `at-least` (以上),
 * or `null` when stated exactly.
 *
 * @category Models
 */
export type Qualifier = 'approximately' | 'more-than' | 'at-least' | null;

/**
 * The prices a stated growth is measured at: `current` (现价) or `comparable` (可比价).
 *
 * @category Models
 */
export type PriceBasis = 'current' | 'comparable';

/**
 * How an indicator combines across areas: `sum`, `formula` (recomputed from the combined
 * inputs of its formula) or `none`.
 *
 * @category Models
 */
export type Aggregation = 'sum' | 'formula' | 'none';

/**
 * How a derived indicator is computed from others: `sum` of indicators, or `ratio` numerator /
 * denominator × multiplier.
 *
 * @category Models
 */
export type Formula = SumFormula | RatioFormula;

/**
 * A formula adding the figures of indicators.
 *
 * @category Models
 */
export interface SumFormula {
  /** The operation. */
  op: 'sum';
  /** The indicators whose figures are added, at least two. */
  of: Id[];
}

/**
 * A formula dividing one indicator by another.
 *
 * @category Models
 */
export interface RatioFormula {
  /** The operation. */
  op: 'ratio';
  /** The indicator divided. */
  numerator: Id;
  /** The indicator divided by. */
  denominator: Id;
  /** The factor the quotient is multiplied by (`"1"`, `"100"`). */
  multiplier: DecimalString;
}

/**
 * An indicator: what is measured, in which unit, and which way is better.
 *
 * @category Models
 */
export interface Indicator {
  /** The indicator's id. */
  id: Id;
  /** Its name, in Chinese and English. */
  name: LocalizedText;
  /** The unit the indicator's figures are in unless an observation says otherwise. */
  unit: UnitId;
  /** Required: whether a rise is good (`increase`), bad (`decrease`) or neither. */
  direction: Direction;
  /** What a figure measures. */
  measure: Measure;
  /** The sector or policy area (`agriculture`, `industry`, `tourism`, …). */
  sector: string;
  /** 预期性 or 约束性. */
  attribute: Attribute;
  /** A note on the definition. */
  description?: string | undefined;
  /** How the indicator is computed from others, when it is derived. */
  formula?: Formula | undefined;
  /** How the indicator combines across areas; `sum` when absent. */
  aggregation?: Aggregation | undefined;
}

/**
 * One figure of an indicator for one period, with its status, qualifier and source.
 *
 * @category Models
 */
export interface Observation {
  /** An optional id, for citing the observation elsewhere. */
  id?: Id | undefined;
  /** The indicator the figure is of. */
  indicator: Id;
  /** The period the figure is for. */
  period: PeriodString;
  /** The figure. */
  value: DecimalString;
  /** The unit, when it differs from the indicator's. */
  unit?: UnitId | undefined;
  /** Actual, preliminary, estimated (预计) or forecast. */
  status: ObservationStatus;
  /** 约, 余 or 以上; `null` when exact. */
  qualifier: Qualifier;
  /** The growth the source states against the same period a year earlier (同比), in percent. */
  yearOverYearPercent?: DecimalString | undefined;
  /** The prices `yearOverYearPercent` is measured at; the value itself is at current prices. */
  priceBasis?: PriceBasis | undefined;
  /** Where the figure is stated. */
  source: Citation;
}

/**
 * A change the text states without both levels ("增幅66.5%", "同比增长8%").
 *
 * @category Models
 */
export interface Claim {
  /** The claim's id. */
  id: Id;
  /** The indicator the change is of. */
  indicator: Id;
  /** The period the change is from. */
  fromPeriod: PeriodString;
  /** The period the change is to. */
  toPeriod: PeriodString;
  /** The stated total change in percent (`"44.3"` for 增长44.3%); negative for a fall. */
  statedPercent?: DecimalString | undefined;
  /**
   * The stated average annual growth in percent over the years between `fromPeriod` and
   * `toPeriod` (`"9.4"` for 年均增长9.4%); exactly one of this and `statedPercent` is given.
   */
  statedAnnualPercent?: DecimalString | undefined;
  /** The prices the change is measured at; `current` when absent. */
  priceBasis?: PriceBasis | undefined;
  /** 约, 余 or 以上; `null` when exact. */
  qualifier: Qualifier;
  /** Where the change is stated. */
  source: Citation;
}

/**
 * A source document: a government work report, a plan, a bulletin.
 *
 * @category Models
 */
export interface Source {
  /** The source's id. */
  id: Id;
  /** Its title. */
  title: LocalizedText;
  /** Who issued it. */
  issuer: LocalizedText;
  /** The day the document was delivered or adopted. */
  deliveredOn?: DateString | undefined;
  /** The day it was published. */
  publishedOn?: DateString | undefined;
  /** A catalogue or index number of the publisher. */
  reference?: string | undefined;
}

/**
 * The area a dataset describes; `id` is its SDMX REF_AREA code.
 *
 * @category Models
 */
export interface Area {
  /** The area's id. */
  id: Id;
  /** Its name. */
  name: LocalizedText;
}

/**
 * A whole indicator model: sources, indicators, observations, claims, plans with their targets,
 * and projects. `parseDataset` checks its referential integrity.
 *
 * @category Models
 */
export interface Dataset {
  /** The address of a JSON Schema the file follows (for editors); ignored otherwise. */
  $schema?: string | undefined;
  /** The dataset's id. */
  id: Id;
  /** The area it describes. */
  area: Area;
  /** The source documents. */
  sources: Source[];
  /** The indicators. */
  indicators: Indicator[];
  /** The figures. */
  observations: Observation[];
  /** The stated changes. */
  claims: Claim[];
  /** The plans and their targets. */
  plans: Plan[];
  /** The projects. */
  projects: Project[];
}
