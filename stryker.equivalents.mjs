// Equivalent mutants, excluded once here rather than by a comment on each line of the code
// (docs/reliability.md, "Equivalent mutants"). An entry names a function and one expression in
// it, exactly as Babel prints it; every mutant of that expression is excluded with the reason.
// An entry may name only an expression whose every mutant gives the same results for every
// input (it picks between two correct ways to the same digits, or sets a precision that the
// result's rounding makes invisible). test/mutation/equivalents.test.ts checks that each
// entry still names exactly one expression of the sources, so none outlives its code.

/** @typedef {{ function: string, code: string, reason: string }} Equivalent */

/** @type {readonly Equivalent[]} */
export const EQUIVALENTS = [
  {
    function: 'takesNewtonRoot',
    code: 'q <= ROOT_NEWTON_MAX && p <= ROOT_POWER_MAX && (a.digits + b.digits) * p <= POWER_DIGITS_MAX',
    reason:
      'chooses between the Newton root of the exact power and exp(ln): both keep the kernel bound (kernels.contract.test.ts checks each against decimal.js), so only the time taken differs',
  },
  {
    function: 'rootOfFraction',
    code: 'takesNewtonRoot(a, b, p, q)',
    reason:
      'the choice of takesNewtonRoot at its one call: either path gives digits within the kernel bound',
  },
  {
    function: 'rootGuarded',
    code: 'n.isInteger() && n.lte(ROOT_NEWTON_MAX)',
    reason:
      'chooses the Newton root or the root through the logarithm: both are rounded once to the same correctly rounded digits, so only the time taken differs',
  },
  {
    function: 'powGuarded',
    code: 'y.isInteger() && y.abs().lte(POW_INT_MAX)',
    reason:
      'chooses binary exponentiation or exp(y·ln x) for a whole exponent up to 64 (|y·ln x| stays far below the 1e9 bound): both are rounded once to the same digits',
  },
];

/** The name of the function a node is in, or undefined at the top level. */
function functionName(path) {
  for (let at = path.getFunctionParent(); at !== null; at = at.getFunctionParent()) {
    const node = at.node;
    if (node.id?.name !== undefined) return node.id.name;
    // `const name = (…) => …`
    if (at.parentPath?.isVariableDeclarator() && at.parentPath.node.id.type === 'Identifier') {
      return at.parentPath.node.id.name;
    }
  }
  return undefined;
}

const byFunction = new Map();
for (const entry of EQUIVALENTS) {
  byFunction.set(entry.function, [...(byFunction.get(entry.function) ?? []), entry]);
}

/** The Stryker ignorer: the reason of the entry a node is, or undefined. */
export const equivalentIgnorer = {
  shouldIgnore(path) {
    if (!path.isExpression()) return undefined;
    const entries = byFunction.get(functionName(path));
    if (entries === undefined) return undefined;
    const code = path.toString();
    return entries.find((entry) => entry.code === code)?.reason;
  },
};

export const strykerPlugins = [{ kind: 'Ignore', name: 'equivalent', value: equivalentIgnorer }];
