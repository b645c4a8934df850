import type { AssessmentStatus } from '../attainment/index.js';

/**
 * The fixed colour of each assessment status in {@link scorecardChart}, from the Okabe–Ito
 * palette, which stays distinguishable under the common colour-vision deficiencies:
 *
 * | status | colour | hex |
 * |---|---|---|
 * | `achieved` | blue | `#0072B2` |
 * | `on-track` | bluish green | `#009E73` |
 * | `needs-acceleration` | yellow | `#F0E442` |
 * | `limited-progress` | orange | `#E69F00` |
 * | `deterioration` | vermillion | `#D55E00` |
 * | `missed` | reddish purple | `#CC79A7` |
 * | `not-assessable` | grey | `#999999` |
 *
 * Colour is never the only cue: the chart outlines every bar and writes the status beside it.
 * Use the same colours in a dashboard so that its legend matches the charts.
 *
 * @example
 * ```ts
 * import { STATUS_COLORS } from 'tianmu-indicators/charts';
 *
 * STATUS_COLORS['on-track'];
 * // => '#009E73'
 * Object.keys(STATUS_COLORS).length;
 * // => 7
 * ```
 *
 * @category Charts
 */
export const STATUS_COLORS: Readonly<Record<AssessmentStatus, string>> =
  /* @__PURE__ */ Object.freeze({
    achieved: '#0072B2',
    'on-track': '#009E73',
    'needs-acceleration': '#F0E442',
    'limited-progress': '#E69F00',
    deterioration: '#D55E00',
    missed: '#CC79A7',
    'not-assessable': '#999999',
  });
