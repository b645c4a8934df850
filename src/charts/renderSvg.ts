import { readPlain } from '../_internal/plain.js';
import { DEFAULT_TIME_LIMIT, readTimeLimit, readTrusted } from './_limits.js';
import { importEngine, renderSvgWith } from './_render.js';
import type { VegaLiteSpec } from './types.js';

/**
 * Renders a Vega-Lite spec (from {@link trajectoryChart}, {@link scorecardChart} or your own)
 * to an SVG document, on the server, without a browser or canvas.
 *
 * vega and vega-lite are optional peer dependencies: they are loaded with `import()` when this
 * function is first called, and never by the rest of the library, so the charts entry point
 * costs nothing to those who only want the specs. The spec is compiled with vega-lite's
 * `compile`, parsed by vega and rendered by a headless `View` (`renderer: 'none'`). Text
 * widths are estimated, not measured, as no canvas is loaded; the SVG names its fonts and the
 * viewer draws the glyphs. The spec is not changed.
 *
 * A spec is untrusted unless `options.trusted` says otherwise: nothing is loaded (a `url`
 * anywhere is refused, no file is read and no request made), no `href` is rendered, width and
 * height are at most 10,000 pixels and inline (`values`, `datasets`) plus generated
 * (`sequence`, impute's `keyvals`) data at most 100,000 rows (inline text counts a row per
 * line, and JSON text a row per line or comma). Transforms whose work grows
 * faster than their rows take fewer: a `loess` at most 10,000 rows; a `pivot`, an `impute`, a
 * `window` with `median`, `q1`, `q3`, `distinct`, `ci0` or `ci1` (or a sliding `min` or `max`),
 * a `density` and a polynomial `regression` have bounds of their own (docs/reliability.md
 * lists them). At most 200,000 marks are drawn (axes and legends included). Characters XML
 * cannot hold (NUL and other controls) become U+FFFD, so the SVG is always well-formed.
 *
 * The rendering stops at `options.timeLimit` (10,000 ms by default): the clock is read before
 * each of vega's steps (its dataflow operators), before drawing and after. One step runs to
 * its end once begun, as vega runs it in one go; the bounds above keep the known costly steps
 * near a second. For specs from outside, on a server, `renderSvgInWorker`
 * (`tianmu-indicators/node`) is the hard limit: it stops the thread.
 *
 * @param spec - A Vega-Lite spec object.
 * @param options - `trusted: true` lets vega's own loader fetch `url` data (for specs you wrote);
 * `timeLimit` in milliseconds.
 * @returns The SVG markup, starting with `<svg`.
 * @throws `IndicatorError` `missing-dependency` naming `vega` or `vega-lite` when a peer
 * is not installed (the message says to run `npm install vega vega-lite`; `details.packages`
 * lists both) or a vega lacks the hook the time limit needs; `invalid-argument` naming `spec`
 * when it is not an object or Vega-Lite cannot compile or render it, an expression failing
 * while it runs included (the engine's error is kept as `details.cause`), when it breaks a
 * limit above (naming the path, such as `spec.data.url`), when it would draw more marks
 * (`details.limit: 'marks'`) or when it takes longer than `timeLimit` (`details.limit:
 * 'time'`); `invalid-argument` naming `options.timeLimit` when that is not a positive number
 * of at most 2,147,483,647.
 *
 * @example
 * ```ts
 * import { assessPlan } from 'tianmu-indicators';
 * import { renderSvg, scorecardChart } from 'tianmu-indicators/charts';
 * import { tianmushan } from 'tianmu-indicators/tianmushan';
 *
 * const spec = scorecardChart(assessPlan(tianmushan, 'plan-2022'), { locale: 'en' });
 * const svg = await renderSvg(spec);
 * svg.startsWith('<svg');
 * // => true
 * svg.includes('Time elapsed 0%');
 * // => true
 * const refused = await renderSvg(spec, { timeLimit: 0 }).catch((error) => error);
 * [refused.code, refused.details.field];
 * // => ['invalid-argument', 'options.timeLimit']
 * ```
 *
 * @category Charts
 */
export async function renderSvg(
  spec: VegaLiteSpec | Readonly<Record<string, unknown>>,
  options?: RenderSvgOptions,
): Promise<string> {
  const given = readPlain(options ?? {}, 'options') as RenderSvgOptions;
  return renderSvgWith(spec, importEngine, {
    trusted: readTrusted(given.trusted),
    timeLimit: readTimeLimit(given.timeLimit, DEFAULT_TIME_LIMIT),
  });
}

/**
 * Options of {@link renderSvg}.
 *
 * @category Charts
 */
export interface RenderSvgOptions {
  /**
   * The spec is yours: vega's own loader may fetch its `url` data and images (default
   * `false`: nothing is loaded). Links (`href`) and the size limits stay.
   */
  readonly trusted?: boolean;
  /**
   * Milliseconds the rendering may take (default 10,000), checked between vega's steps: a
   * positive number, at most 2,147,483,647. One step is never interrupted; for specs from
   * outside, `renderSvgInWorker` (Node) stops its thread at its limit.
   */
  readonly timeLimit?: number;
}
