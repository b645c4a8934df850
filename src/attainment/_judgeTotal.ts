/**
 * Private to the attainment layer: a sum so far judged against a total due by the end of a
 * span, against the share of the span gone (序时进度). Cumulative targets (a total over a range)
 * and level targets of a flow judged on a year-to-date figure (S/T against months/12) share it.
 */

import { cmp, div, type Ratio, ratio, sign, sub, toFigure, ZERO } from '../decimal/rational.js';
import { type CompletionDraft, type Draft, settle } from './_draft.js';
import { FIVE_FIGURE, TEN_FIGURE } from './_judgeLevel.js';
import { scheduleStateOf, statusBy } from './_methods.js';
import type { ResolvedOptions } from './_options.js';
import { scoreOf, statusIndexOf } from './_scores.js';
import type { Assessment } from './types.js';

const TWO = /* @__PURE__ */ ratio(2);

/** A sum so far against its total. */
export interface Total {
  /** The sum so far `S`. */
  readonly sum: Ratio;
  /** The total due `T`. */
  readonly total: Ratio;
  /** The share of the span gone, 0..1. */
  readonly time: Ratio;
  /** +1 for an at-least total, −1 for an at-most one (a cap). */
  readonly dir: 1 | -1;
  /** The span is over and its whole figure known: the verdict is achieved or missed. */
  readonly final: boolean;
  /** A cap not exceeded by its last day is achieved (on the latest figures). */
  readonly capKept: boolean;
}

/**
 * Fills completion `S/T` (at-most `2 − S/T`), the gap to 序时进度, the projection `S/time`,
 * the pace `(S/T)/time` as progress ratio and the index `10·S/T`, and settles the status.
 */
export function judgeTotal(d: Draft, x: Total, o: ResolvedOptions): Assessment {
  const { sum, total: t, time, dir, final, capKept } = x;
  const completion: CompletionDraft = d.completion;
  let share: Ratio | null = null;
  let gap: Ratio | null = null;
  if (t.n !== 0n) {
    share = div(sum, t);
    completion.increment = toFigure(share);
    completion.level = toFigure(dir === 1 ? share : sub(TWO, share));
    gap = sub(share, time);
    d.scheduleGap = toFigure(gap);
    d.scheduleState = scheduleStateOf(gap, o);
  }
  let projection: Ratio | null = null;
  if (time.n !== 0n) {
    const projected = div(sum, time);
    d.projectedAtDeadline = toFigure(projected);
    if (t.n !== 0n) {
      projection = div(projected, t);
      d.projectionRatio = toFigure(projection);
    }
  }
  if (dir === -1) {
    // A cap: exceeded is deterioration while running, missed once over; kept to the end, achieved.
    if (cmp(sum, t) > 0) return settle(d, final ? 'missed' : 'deterioration');
    return settle(d, capKept ? 'achieved' : 'on-track');
  }
  if (cmp(sum, t) >= 0) {
    d.currentStatusIndex = TEN_FIGURE;
    d.score = FIVE_FIGURE;
    return settle(d, 'achieved');
  }
  if (final) return settle(d, 'missed');
  // Short of a total of zero or less: the flows ran negative.
  if (sign(t) <= 0) return settle(d, 'deterioration');
  const increment = share as Ratio;
  const index = statusIndexOf(ZERO, sum, t, 1);
  d.currentStatusIndex = toFigure(index);
  let pace: Ratio | null = null;
  if (time.n !== 0n) {
    pace = div(increment, time);
    d.progressRatio = toFigure(pace);
    d.score = toFigure(scoreOf(pace));
  }
  // Nothing was due yet when no time has elapsed: on track by pace and projection.
  // A total above zero: the share and the gap exist.
  const figures = { ratio: pace, index, increment, gap: gap as Ratio, projection };
  return settle(d, statusBy(figures, o) ?? 'on-track');
}
