/** Hostile-input cases of the label functions of the format layer. */
import fc from 'fast-check';
import { formatMilestoneState, formatReason, formatStatus } from '../../../src/index.js';
import { hostileOptionsBag } from '../arbitraries.js';
import type { CleanOptions } from '../support.js';
import { type FunctionCase, invalidArgs, type Slot, validArgs, withOptional } from '../table.js';

const text: CleanOptions = { text: true };
const locale = fc.record({ locale: fc.constantFrom('zh-CN', 'en') }, { requiredKeys: [] });
const options: Slot = {
  valid: fc.constant(undefined),
  hostile: fc.oneof(hostileOptionsBag, fc.constantFrom({ locale: 'fr' }, { locale: 1 })),
};
const hostileWord = fc.constantFrom<unknown>(
  '',
  ' ',
  'toString',
  '__proto__',
  'constructor',
  'ON-TRACK',
  'on track',
  null,
  undefined,
  7,
  {},
  [],
);

function labelCase(name: string, call: (word: never, options?: never) => string, words: string[]) {
  const word: Slot = { valid: fc.constantFrom(...words), hostile: hostileWord };
  return {
    name,
    call,
    valid: withOptional(validArgs(word), locale),
    invalid: invalidArgs(word, options),
    codes: ['invalid-argument'],
    clean: text,
    check: (result: unknown) => {
      if (typeof result !== 'string' || result.length === 0) throw new Error('no label');
    },
  } satisfies FunctionCase;
}

export const labels: FunctionCase[] = [
  labelCase('formatStatus', formatStatus, [
    'achieved',
    'on-track',
    'needs-acceleration',
    'limited-progress',
    'deterioration',
    'not-assessable',
  ]),
  labelCase('formatReason', formatReason, [
    'no-data',
    'no-baseline',
    'not-yet-started',
    'zero-base',
    'sign-change',
    'qualitative',
  ]),
  labelCase('formatMilestoneState', formatMilestoneState, [
    'done',
    'due',
    'overdue',
    'not-started',
  ]),
];
