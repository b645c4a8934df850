import type { z } from 'zod';
import { Decimal } from '../decimal/Decimal.js';
import { findUnit } from '../units/index.js';
import type { Indicator } from './Indicator.js';

type Path = (string | number)[];

/**
 * Checks the formulas of derived indicators: every input exists and is another indicator, no
 * indicator depends on itself through formulas, a sum's inputs measure what the total does, and
 * a ratio's unit follows from its inputs' (a share in `%` divides two figures of one dimension
 * with multiplier 100; any other ratio is in the numerator's dimension, per one base unit of the
 * denominator: 元 per person). Private to the models layer.
 */
export function checkFormulas(indicators: readonly Indicator[], ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const dimensionOf = (id: string) => {
    const indicator = byId.get(id);
    return indicator === undefined ? undefined : findUnit(indicator.unit)?.dimension;
  };

  indicators.forEach((indicator, index) => {
    const formula = indicator.formula;
    if (formula === undefined) return;
    const path: Path = ['indicators', index, 'formula'];
    const own = findUnit(indicator.unit)?.dimension;
    const inputs =
      formula.op === 'sum'
        ? formula.of.map((id, i) => ({ id, path: [...path, 'of', i] }))
        : [
            { id: formula.numerator, path: [...path, 'numerator'] },
            { id: formula.denominator, path: [...path, 'denominator'] },
          ];
    let known = true;
    for (const input of inputs) {
      if (!byId.has(input.id)) {
        report(input.path, `unknown indicator "${input.id}"`);
        known = false;
      } else if (input.id === indicator.id) {
        report(input.path, `indicator "${indicator.id}" cannot be an input of its own formula`);
        known = false;
      }
    }
    // An unknown unit is already an issue of its own field.
    if (!known || own === undefined) return;
    switch (formula.op) {
      case 'sum': {
        if (new Set(formula.of).size !== formula.of.length) {
          report([...path, 'of'], 'a sum names an indicator twice');
        }
        formula.of.forEach((id, i) => {
          const dimension = dimensionOf(id);
          if (dimension !== undefined && dimension !== own) {
            report(
              [...path, 'of', i],
              `indicator "${id}" (${dimension}) cannot be added to "${indicator.id}" (${own})`,
            );
          }
        });
        break;
      }
      case 'ratio': {
        const numerator = dimensionOf(formula.numerator);
        const denominator = dimensionOf(formula.denominator);
        if (numerator === undefined || denominator === undefined) break;
        if (new Decimal(formula.multiplier).lte(0)) {
          report([...path, 'multiplier'], 'a ratio multiplier must be greater than zero');
        }
        if (own === 'ratio') {
          if (numerator !== denominator) {
            report(
              [...path, 'denominator'],
              `a share in % divides two figures of one dimension, not ${numerator} by ${denominator}`,
            );
          } else if (!new Decimal(formula.multiplier).eq(100)) {
            report([...path, 'multiplier'], 'a share in % needs the multiplier 100');
          }
        } else if (numerator !== own) {
          report(
            [...path, 'numerator'],
            `a ratio in ${indicator.unit} (${own}) needs a numerator of that dimension, not ${numerator}`,
          );
        }
        break;
      }
      default: {
        const unreachable: never = formula;
        throw new Error(`unhandled formula ${JSON.stringify(unreachable)}`);
      }
    }
  });

  checkCycles(indicators, byId, report);
}

/** Reports each indicator that depends on itself through two or more formulas. */
function checkCycles(
  indicators: readonly Indicator[],
  byId: ReadonlyMap<string, Indicator>,
  report: (path: Path, message: string) => void,
): void {
  const inputsOf = (indicator: Indicator | undefined): readonly string[] => {
    const formula = indicator?.formula;
    if (formula === undefined) return [];
    return formula.op === 'sum' ? formula.of : [formula.numerator, formula.denominator];
  };
  // 0: not visited, 1: on the current path, 2: done.
  const state = new Map<string, number>();
  const visit = (id: string, trail: string[]): string[] | null => {
    const seen = state.get(id) ?? 0;
    if (seen === 2) return null;
    if (seen === 1) return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 1);
    for (const input of inputsOf(byId.get(id))) {
      // A formula naming itself is reported as such, not as a cycle.
      if (input === id) continue;
      const cycle = visit(input, [...trail, id]);
      if (cycle !== null) return cycle;
    }
    state.set(id, 2);
    return null;
  };
  indicators.forEach((indicator, index) => {
    if (indicator.formula === undefined || state.get(indicator.id) === 2) return;
    const cycle = visit(indicator.id, []);
    // Those left on the path belong to the cycle just reported: report it once.
    for (const [id, seen] of state) if (seen === 1) state.set(id, 2);
    if (cycle !== null) {
      report(['indicators', index, 'formula'], `formulas form a cycle: ${cycle.join(' → ')}`);
    }
  });
}
