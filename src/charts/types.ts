/**
 * A Vega-Lite specification as plain JSON: the `$schema` of Vega-Lite v6 and the view
 * description (`data`, `mark` or `layer`, `encoding`, `title`, `config`…). Every value is a
 * string, a JavaScript number, a boolean, `null`, an array or a plain object, so a spec can be
 * passed to `JSON.stringify`, stored, sent to a browser for `vega-embed`, or rendered on the
 * server with {@link renderSvg}.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'tianmu-indicators/charts';
 *
 * const spec: VegaLiteSpec = {
 *   $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
 *   data: { values: [{ year: '2021', value: 8.2 }] },
 *   mark: 'bar',
 * };
 * spec.mark;
 * // => 'bar'
 * ```
 *
 * @category Charts
 */
export interface VegaLiteSpec {
  /** The JSON Schema of Vega-Lite v6, which tells editors and renderers the version. */
  readonly $schema: 'https://vega.github.io/schema/vega-lite/v6.json';
  /** The rest of the view description, as Vega-Lite defines it. */
  readonly [key: string]: unknown;
}
