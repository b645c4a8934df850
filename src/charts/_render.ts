/** SVG rendering through the optional vega and vega-lite peers, with the loader injectable. */
import { IndicatorError } from '../errors/IndicatorError.js';
import { checkSpec, type SpecPolicy, wellFormedXml } from './_limits.js';

/** The optional peers renderSvg needs. */
export type EngineName = 'vega' | 'vega-lite';

/** Loads an optional peer; the default is `import()`, tests inject a failing one. */
export type EngineLoader = (name: EngineName) => Promise<unknown>;

/** The part of vega-lite used: `compile`. */
interface VegaLiteModule {
  compile(spec: unknown): { spec: unknown };
}

/** The part of vega used: `parse` and `View#toSVG`. */
interface VegaModule {
  parse(spec: unknown): unknown;
  View: new (
    runtime: unknown,
    options: { renderer: 'none'; loader?: unknown },
  ) => { toSVG(): Promise<string>; finalize(): void };
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
  // A plain copy, checked before any engine sees it (vega-lite also normalises it in place).
  const copy = checkSpec(spec, policy);
  const vega = (await loadEngine(load, 'vega', ['parse', 'View'])) as VegaModule;
  const vegaLite = (await loadEngine(load, 'vega-lite', ['compile'])) as VegaLiteModule;
  let view: ReturnType<typeof makeView> | undefined;
  try {
    view = makeView(vega, vegaLite.compile(copy).spec, policy);
    return wellFormedXml(await view.toSVG());
  } catch (error) {
    throw new IndicatorError('invalid-argument', {
      field: 'spec',
      reason: `Vega-Lite could not render it (${error instanceof Error ? error.message : String(error)})`,
      cause: error,
    });
  } finally {
    view?.finalize();
  }
}

function makeView(vega: VegaModule, vegaSpec: unknown, policy: SpecPolicy) {
  // Untrusted: a loader that loads nothing and sanitises every link away (never a rejection
  // left unhandled inside vega). Trusted: vega's own loader.
  const options = policy.trusted
    ? { renderer: 'none' as const }
    : { renderer: 'none' as const, loader: NO_LOADER };
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
