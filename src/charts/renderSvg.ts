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
 * @param spec - A Vega-Lite spec object.
 * @returns The SVG markup, starting with `<svg`.
 * @throws `IndicatorError` `missing-dependency` naming `vega` or `vega-lite` when a peer
 * is not installed (the message says to run `npm install vega vega-lite`; `details.packages`
 * lists both); `invalid-argument` naming `spec` when it is not an object or Vega-Lite cannot
 * compile or render it (the engine's message is kept as `details.cause`).
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
 * ```
 *
 * @category Charts
 */
export async function renderSvg(
  spec: VegaLiteSpec | Readonly<Record<string, unknown>>,
): Promise<string> {
  return renderSvgWith(spec, importEngine);
}
