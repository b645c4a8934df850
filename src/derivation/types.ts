import type { ObservationStatus, Qualifier } from '../models/types.js';

/**
 * The observation a derived figure is computed from: the indicator, the period and the status
 * that identify it in the dataset (an observation is unique per the three), and its value and
 * unit as stated.
 *
 * @category Derivation
 */
export interface DerivedInput {
  /** The input indicator's id. */
  readonly indicator: string;
  /** The period, canonical (`2021`). */
  readonly period: string;
  /** The status of the observation used. */
  readonly status: ObservationStatus;
  /** The value as the observation states it, a decimal string. */
  readonly value: string;
  /** The unit of `value` (the observation's, else its indicator's). */
  readonly unit: string;
  /** The observation's qualifier (约, 余, 以上), or `null`. */
  readonly qualifier: Qualifier;
  /** Whether this input is itself a derived figure (a formula of formulas). */
  readonly derived: boolean;
}

/**
 * A figure of a derived indicator, computed from the observations of its formula's inputs at one
 * period. It has the fields of an `Observation` except `source` and `id`: instead of quoting a
 * document it lists, in `derivedFrom`, the observations it is computed from.
 *
 * @category Derivation
 */
export interface DerivedObservation {
  /** The derived indicator's id. */
  readonly indicator: string;
  /** The period, canonical. */
  readonly period: string;
  /** The value in `unit`, a canonical decimal string, rounded once to 34 significant digits. */
  readonly value: string;
  /** The derived indicator's unit, as the indicator writes it. */
  readonly unit: string;
  /** The least final status of the inputs' (actual < preliminary < estimated < forecast). */
  readonly status: ObservationStatus;
  /**
   * A sum: `approximately` if any input is, else `more-than` if any input is, else `at-least`
   * if any is. A ratio: `approximately` when any input is qualified. Otherwise `null`.
   */
  readonly qualifier: Qualifier;
  /** The inputs, in the formula's order (a ratio: numerator, then denominator). */
  readonly derivedFrom: readonly DerivedInput[];
}
