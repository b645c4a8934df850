/** SVG rendering through the optional vega and vega-lite peers, with the loader injectable. */
import { IndicatorError } from '../errors/IndicatorError.js';
import {
  checkSpec,
  DEFAULT_TIME_LIMIT,
  MAX_DRAWN_MARKS,
  overLimit,
  overTimeLimit,
  type SpecPolicy,
  wellFormedXml,
} from './_limits.js';

/** The optional peers renderSvg needs. */
export type EngineName = 'vega' | 'vega-lite';

/** Loads an optional peer; the default is `import()`, tests inject a failing one. */
export type EngineLoader = (name: EngineName) => Promise<unknown>;

/** The part of vega-lite used: `compile`. */
interface VegaLiteModule {
  compile(spec: unknown): { spec: unknown };
}

/** The part of a vega `View` used. */
interface VegaView {
  runAsync(): Promise<unknown>;
  scenegraph(): { root: unknown };
  toSVG(): Promise<string>;
  finalize(): void;
  /** vega-dataflow's hook before every operator runs; the time cap wraps it. */
  _getPulse?: unknown;
}

/** The part of vega used: `parse` and `View`. */
interface VegaModule {
  parse(spec: unknown): unknown;
  View: new (
    runtime: unknown,
    options: { renderer: 'none'; loader?: unknown; logger: Logger },
  ) => VegaView;
}

/** vega-util's logger interface, which a `View` writes its operators' errors to. */
interface Logger {
  level(value?: number): number | Logger;
  error(...args: unknown[]): Logger;
  warn(...args: unknown[]): Logger;
  info(...args: unknown[]): Logger;
  debug(...args: unknown[]): Logger;
}

const INSTALL = 'npm install vega vega-lite';

/** Loads the peers with `import()`, so that nothing loads them unless an SVG is wanted. */
export const importEngine: EngineLoader = (name) =>
  name === 'vega' ? import('vega') : import('vega-lite');

/** Renders a Vega-Lite spec to an SVG string with the engines `load` gives. */
export async function renderSvgWith(
  spec: unknown,
  load: EngineLoader,
  policy: SpecPolicy = { trusted: false },
): Promise<string> {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new IndicatorError('invalid-argument', {
      field: 'spec',
      value: spec === null ? null : typeof spec,
      reason: 'expected a Vega-Lite spec object',
    });
  }
  const deadline = startDeadline(policy);
  // A plain copy, checked before any engine sees it (vega-lite also normalises it in place).
  const copy = checkSpec(spec, policy);
  const vega = (await loadEngine(load, 'vega', ['parse', 'View'])) as VegaModule;
  const vegaLite = (await loadEngine(load, 'vega-lite', ['compile'])) as VegaLiteModule;
  const log = errorLog();
  let view: VegaView | undefined;
  try {
    const compiled = vegaLite.compile(copy).spec;
    deadline();
    view = makeView(vega, compiled, policy, log.logger);
    capTime(view, deadline);
    await view.runAsync();
    // vega logs an operator's error and goes on with what it has: the error is the answer.
    if (log.errors.length > 0) throw log.errors[0];
    // Drawing is one step that no hook interrupts: the time is read before and after it, and
    // what it draws is bounded.
    deadline();
    const marks = countMarks(view.scenegraph().root);
    if (marks > MAX_DRAWN_MARKS) {
      throw overLimit('marks', `it draws more than ${MAX_DRAWN_MARKS} marks`);
    }
    // The dataflow has run: toSVG only draws.
    const svg = await view.toSVG();
    if (log.errors.length > 0) throw log.errors[0];
    deadline();
    return wellFormedXml(svg);
  } catch (error) {
    if (error instanceof IndicatorError) throw error;
    throw new IndicatorError('invalid-argument', {
      field: 'spec',
      reason: `Vega-Lite could not render it (${error instanceof Error ? error.message : String(error)})`,
      cause: error,
    });
  } finally {
    view?.finalize();
  }
}

/** Starts the clock; the function returned throws the time error once the limit has passed. */
function startDeadline(policy: SpecPolicy): () => void {
  const now = policy.now ?? (() => performance.now());
  const timeLimit = policy.timeLimit ?? DEFAULT_TIME_LIMIT;
  const start = policy.startedAt ?? now();
  return () => {
    if (now() - start > timeLimit) throw overTimeLimit(timeLimit);
  };
}

/**
 * Checks the deadline before every operator vega runs, by wrapping the view's `_getPulse`
 * (vega-dataflow's `evaluate` calls it before each `op.run` and logs what it throws, which
 * stops the run). A vega without the hook is refused: it would render without a time limit.
 */
function capTime(view: VegaView, deadline: () => void): void {
  const getPulse = view._getPulse;
  const lacking = (['runAsync', 'scenegraph', '_getPulse'] as const).filter(
    (member) => typeof view[member] !== 'function',
  );
  if (lacking.length > 0 || typeof getPulse !== 'function') {
    const members = lacking.map((member) => `View#${member}`).join(' and ');
    throw missing('vega', `does not provide ${members}, which the time limit needs`, undefined);
  }
  view._getPulse = function (this: unknown, ...args: unknown[]) {
    deadline();
    return getPulse.apply(this, args);
  };
}

/** The scene items under `root`, counted until there are more than {@link MAX_DRAWN_MARKS}. */
function countMarks(root: unknown): number {
  let count = 0;
  const stack = [root];
  while (stack.length > 0 && count <= MAX_DRAWN_MARKS) {
    const items = (stack.pop() as { items?: unknown } | null)?.items;
    if (Array.isArray(items)) {
      count += items.length;
      for (const item of items) stack.push(item);
    }
  }
  return count;
}

/** A logger that keeps vega's errors (as an Error when one was given) and prints nothing. */
function errorLog(): { logger: Logger; errors: unknown[] } {
  const errors: unknown[] = [];
  const logger: Logger = {
    level: (value?: number) => (value === undefined ? ERRORS_ONLY : logger),
    error: (...args: unknown[]) => {
      errors.push(args.find((arg) => arg instanceof Error) ?? args.map(String).join(' '));
      return logger;
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return { logger, errors };
}

/** vega-util's log level `Error`. */
const ERRORS_ONLY = 1;

function makeView(vega: VegaModule, vegaSpec: unknown, policy: SpecPolicy, logger: Logger) {
  // Untrusted: a loader that loads nothing and sanitises every link away (never a rejection
  // left unhandled inside vega). Trusted: vega's own loader.
  const options = policy.trusted
    ? { renderer: 'none' as const, logger }
    : { renderer: 'none' as const, loader: NO_LOADER, logger };
  return new vega.View(vega.parse(vegaSpec), options);
}

/** vega's loader interface, refusing everything. */
const NO_LOADER = {
  load: () => Promise.reject(new Error('renderSvg loads nothing for an untrusted spec')),
  sanitize: () => Promise.reject(new Error('renderSvg loads nothing for an untrusted spec')),
  http: () => Promise.reject(new Error('renderSvg makes no request')),
  file: () => Promise.reject(new Error('renderSvg reads no file')),
};

async function loadEngine(
  load: EngineLoader,
  name: EngineName,
  members: readonly string[],
): Promise<unknown> {
  let engine: unknown;
  try {
    engine = await load(name);
  } catch (error) {
    throw missing(name, 'could not be loaded', error);
  }
  const found = engine as Record<string, unknown> | null;
  if (
    typeof found !== 'object' ||
    found === null ||
    members.some((member) => typeof found[member] !== 'function')
  ) {
    throw missing(name, `does not provide ${members.join(' and ')}`, undefined);
  }
  return engine;
}

function missing(name: EngineName, what: string, cause: unknown): IndicatorError {
  return new IndicatorError('missing-dependency', {
    field: name,
    reason:
      `${name} ${what}. renderSvg needs the optional peer dependencies vega and vega-lite; ` +
      `install them with: ${INSTALL}`,
    packages: ['vega', 'vega-lite'],
    install: INSTALL,
    cause,
  });
}
