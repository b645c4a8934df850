/**
 * Exact growth arithmetic against decimal.js's general pow/ln, floats and formulajs, side by
 * side on the same inputs, plus the 100,000-case agreement check of the guarded kernels.
 *
 * Run: `npx vitest bench --run --dir bench` (proposed script:
 * `"bench": "vitest bench --run --dir bench"`).
 * KERNEL_AGREEMENT_CASES=<n> sizes the agreement check (default 100000, 0 skips it).
 *
 * First prints its own table (best of several interleaved rounds: robust on a busy machine),
 * then vitest runs the same comparisons as benchmark groups with tinybench statistics.
 */
import { FV, NPER, RRI } from '@formulajs/formulajs';
import { bench, describe } from 'vitest';
import {
  type Agreement,
  checkAgreement,
  generateCases,
  type KernelName,
  withReference,
} from '../scripts/kernelCorpus.js';
import { Decimal } from '../src/decimal/Decimal.js';
import {
  expGuarded,
  ln1pGuarded,
  lnGuarded,
  lnRatioGuarded,
  nthRootGuarded,
  nthRootOfRatioMinusOneGuarded,
  powGuarded,
} from '../src/decimal/guarded.js';
import { GuardDecimal, roundResult } from '../src/decimal/guardPrecision.js';
import { toDecimal } from '../src/decimal/toDecimal.js';
import { periodsToReach, projectValue, requiredAnnualRate } from '../src/growth/index.js';

// ---------------------------------------------------------------------------------------------
// Inputs: indicator-like values as they arrive (strings), and the same as floats.

interface Inputs {
  base: string;
  target: string;
  periods: string;
  rate: string;
  baseNumber: number;
  targetNumber: number;
  periodsNumber: number;
  rateNumber: number;
}

function makeInputs(count: number): Inputs[] {
  let state = 2021;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const inputs: Inputs[] = [];
  for (let i = 0; i < count; i++) {
    const base = String(Math.round(1000 + random() * 99_000));
    const target = (Number(base) * (1.05 + random() * 1.5)).toFixed(2);
    // Whole years, and now and then a fractional span (a plan judged mid-year).
    const periods =
      i % 8 === 7 ? (1.5 + Math.floor(random() * 8)).toFixed(1) : String(1 + (i % 10));
    const rate = (0.01 + random() * 0.12).toFixed(4);
    inputs.push({
      base,
      target,
      periods,
      rate,
      baseNumber: Number(base),
      targetNumber: Number(target),
      periodsNumber: Number(periods),
      rateNumber: Number(rate),
    });
  }
  return inputs;
}

const INPUTS = makeInputs(64);
const input = (i: number) => INPUTS[i & 63] as Inputs;

// ---------------------------------------------------------------------------------------------
// The implementations compared (each does the whole job: read inputs, compute, round).

type Implementation = readonly [name: string, run: (i: number) => unknown];

const X = new Decimal('1.443001443001443001443001443001443');
const X_NUMBER = 1.443001443001443;
const FIVE = new Decimal(5);

const d34 = (value: string) => new Decimal(value);

/** requiredAnnualRate built directly on the kernel (what growth gets by calling it). */
function requiredAnnualRateKernel(base: string, target: string, periods: string): Decimal {
  const b = toDecimal(base, 'base');
  const t = toDecimal(target, 'target');
  const n = toDecimal(periods, 'periods');
  return roundResult(nthRootOfRatioMinusOneGuarded(t, b, n));
}

/** periodsToReach on the kernels: ln(T/b)/ln(1 + r). */
function periodsToReachKernel(base: string, target: string, rate: string): Decimal {
  const b = toDecimal(base, 'base');
  const t = toDecimal(target, 'target');
  const r = toDecimal(rate, 'rate');
  return roundResult(lnRatioGuarded(t, b).div(ln1pGuarded(r)));
}

/** projectValue on the kernels: b·(1 + r)^n. */
function projectValueKernel(base: string, rate: string, periods: string): Decimal {
  const b = toDecimal(base, 'base');
  const r = toDecimal(rate, 'rate');
  const n = toDecimal(periods, 'periods');
  return roundResult(powGuarded(new GuardDecimal(r).plus(1), n).times(b));
}

const GROUPS: readonly (readonly [title: string, implementations: readonly Implementation[]])[] = [
  [
    'requiredAnnualRate (T/b)^(1/n) − 1',
    [
      [
        'growth requiredAnnualRate (as is)',
        (i) => requiredAnnualRate(input(i).base, input(i).target, input(i).periods),
      ],
      [
        'kernel nthRootOfRatioMinusOne',
        (i) => requiredAnnualRateKernel(input(i).base, input(i).target, input(i).periods),
      ],
      [
        'decimal.js pow, 34 digits',
        (i) =>
          roundResult(
            d34(input(i).target)
              .div(input(i).base)
              .pow(d34('1').div(input(i).periods))
              .minus(1),
          ),
      ],
      [
        'float Math.pow',
        (i) => (input(i).targetNumber / input(i).baseNumber) ** (1 / input(i).periodsNumber) - 1,
      ],
      [
        'formulajs RRI',
        (i) => RRI(input(i).periodsNumber, input(i).baseNumber, input(i).targetNumber),
      ],
    ],
  ],
  [
    'periodsToReach ln(T/b)/ln(1 + r)',
    [
      [
        'growth periodsToReach (as is)',
        (i) => periodsToReach(input(i).base, input(i).target, input(i).rate),
      ],
      [
        'kernel lnRatio / ln1p',
        (i) => periodsToReachKernel(input(i).base, input(i).target, input(i).rate),
      ],
      [
        'decimal.js ln, 34 digits',
        (i) =>
          roundResult(
            d34(input(i).target)
              .div(input(i).base)
              .ln()
              .div(d34(input(i).rate).plus(1).ln()),
          ),
      ],
      [
        'float Math.log',
        (i) =>
          Math.log(input(i).targetNumber / input(i).baseNumber) / Math.log1p(input(i).rateNumber),
      ],
      [
        'formulajs NPER',
        (i) => NPER(input(i).rateNumber, 0, -input(i).baseNumber, input(i).targetNumber),
      ],
    ],
  ],
  [
    'projectValue b·(1 + r)^n',
    [
      [
        'growth projectValue (as is)',
        (i) => projectValue(input(i).base, input(i).rate, input(i).periods),
      ],
      ['kernel pow', (i) => projectValueKernel(input(i).base, input(i).rate, input(i).periods)],
      [
        'decimal.js pow, 34 digits',
        (i) => roundResult(d34(input(i).rate).plus(1).pow(input(i).periods).times(input(i).base)),
      ],
      [
        'float Math.pow',
        (i) => input(i).baseNumber * (1 + input(i).rateNumber) ** input(i).periodsNumber,
      ],
      [
        'formulajs FV',
        (i) => FV(input(i).rateNumber, input(i).periodsNumber, 0, -input(i).baseNumber),
      ],
    ],
  ],
  [
    'kernel nthRoot, 42 digits (x = 1.443…, n = 5)',
    [
      ['nthRootGuarded', () => nthRootGuarded(X, FIVE)],
      [
        'decimal.js pow (the old nthRootGuarded)',
        () => new GuardDecimal(X).pow(new GuardDecimal(1).div(FIVE)),
      ],
      ['float Math.pow', () => X_NUMBER ** 0.2],
    ],
  ],
  [
    'kernel ln, 42 digits',
    [
      ['lnGuarded', () => lnGuarded(X)],
      ['decimal.js ln (the old lnGuarded)', () => new GuardDecimal(X).ln()],
      ['float Math.log', () => Math.log(X_NUMBER)],
    ],
  ],
  [
    'kernel exp, 42 digits',
    [
      ['expGuarded', () => expGuarded(X)],
      ['decimal.js exp', () => new GuardDecimal(X).exp()],
      ['float Math.exp', () => Math.exp(X_NUMBER)],
    ],
  ],
];

// ---------------------------------------------------------------------------------------------
// Own timing table

let sink: unknown;

/** Operations per second over about `budgetMs` of wall time. */
function measure(run: (i: number) => unknown, budgetMs: number): number {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let k = 0; k < 16; k++) sink = run(count++);
    now = performance.now();
  }
  return count / ((now - start) / 1000);
}

function format(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

function timingTable(): void {
  const rows: string[][] = [['operation', 'implementation', 'ops/sec', '× decimal.js', '× float']];
  for (const [title, implementations] of GROUPS) {
    for (const [, run] of implementations) for (let i = 0; i < 500; i++) sink = run(i);
    const best = implementations.map(() => 0);
    // Interleaved rounds, best of each: a busy machine slows rounds, not code.
    for (let round = 0; round < 5; round++) {
      implementations.forEach(([, run], k) => {
        best[k] = Math.max(best[k] as number, measure(run, 150));
      });
    }
    const decimalJs =
      best[implementations.findIndex(([name]) => name.startsWith('decimal.js'))] ?? 1;
    const float = best[implementations.findIndex(([name]) => name.startsWith('float'))] ?? 1;
    implementations.forEach(([name], k) => {
      const ops = best[k] as number;
      rows.push([
        title,
        name,
        format(ops),
        `${format(ops / decimalJs)}×`,
        `${format(ops / float)}×`,
      ]);
    });
  }
  printTable('Side by side, same inputs (ops/sec; ratio > 1 = faster):', rows);
}

/** Prints a table in one console.log (vitest groups output by call). */
function printTable(heading: string, rows: string[][], footer: string[] = []): void {
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, c) =>
        c >= 2 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number),
      )
      .join('  ');
  const text = [
    '',
    heading,
    line(rows[0] as string[]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...footer,
  ];
  console.log(text.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Agreement with decimal.js on the large corpus

const AGREEMENT_SEED = 2022;

function agreementTable(count: number): void {
  const started = performance.now();
  const cases = withReference(generateCases(AGREEMENT_SEED, count));
  const referenced = performance.now();
  const byKernel = new Map<KernelName, Agreement>();
  const names = [...new Set(cases.map((item) => item.fn))];
  for (const name of names) {
    const subset = cases.filter((item) => item.fn === name);
    byKernel.set(
      name,
      checkAgreement(subset, (text) => new Decimal(text), roundResult),
    );
  }
  const total = { cases: 0, equal: 0, withinOneUlp: 0, maxGuardUlps: 0 };
  const rows = [['kernel', 'cases', 'equal', 'within 1 ulp', 'equal %', 'max guard error (ulp42)']];
  for (const [name, result] of byKernel) {
    total.cases += result.cases;
    total.equal += result.equal;
    total.withinOneUlp += result.withinOneUlp;
    total.maxGuardUlps = Math.max(total.maxGuardUlps, result.maxGuardUlps);
    rows.push(row(name, result));
  }
  rows.push(row('all', total));
  const mismatches = [...byKernel.values()].flatMap((result) => result.mismatches);
  const equalShare = total.equal / total.cases;
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  printTable(
    `Agreement with decimal.js (60+ digits rounded half-even to 34), ${count} cases, seed ${AGREEMENT_SEED}:`,
    rows,
    [
      ...mismatches.slice(0, 10).map((mismatch) => `  differs: ${JSON.stringify(mismatch)}`),
      `${equalShare >= 0.9999 ? 'PASS' : 'FAIL'} equal on >= 99.99% (${(100 * equalShare).toFixed(4)}%); ` +
        `${total.withinOneUlp === total.cases ? 'PASS' : 'FAIL'} within 1 ulp on all ` +
        `(references ${seconds(started, referenced)} s, kernels ${seconds(referenced, performance.now())} s)`,
    ],
  );
}

function row(
  name: string,
  result: { cases: number; equal: number; withinOneUlp: number; maxGuardUlps: number },
): string[] {
  return [
    name,
    String(result.cases),
    String(result.equal),
    String(result.withinOneUlp),
    ((100 * result.equal) / result.cases).toFixed(4),
    result.maxGuardUlps.toFixed(3),
  ];
}

// ---------------------------------------------------------------------------------------------

timingTable();
const agreementCases = Number(process.env.KERNEL_AGREEMENT_CASES ?? 100_000);
if (agreementCases > 0) agreementTable(agreementCases);
if (sink === Symbol.for('never')) console.log(sink);

for (const [title, implementations] of GROUPS) {
  describe(title, () => {
    for (const [name, run] of implementations) {
      let i = 0;
      const slow = name.startsWith('decimal.js') || name.includes('as is');
      bench(
        name,
        () => {
          sink = run(i++);
        },
        { time: slow ? 400 : 200, warmupTime: 50 },
      );
    }
  });
}
