import type { Dataset } from '../../models/types.js';
import { deepFreeze } from './_freeze.js';
import { claims } from './claims.js';
import { indicators } from './indicators.js';
import { observations } from './observations.js';
import { plan2022 } from './plans/plan-2022.js';
import { term20222026 } from './plans/term-2022-2026.js';
import { projects } from './projects.js';
import { sources } from './sources.js';

/**
 * The Tianmushan dataset: every quantitative statement of the town's 2021 government work report
 * (delivered 2021-12-25), as indicators, observations of 2021 and of the term 2017–2021, stated
 * growth claims, the term plan 2022–2026 and the 2022 plan with their targets, and the named
 * projects with their stages and milestones. Each record cites the report's section and a
 * verbatim quote. The object is deeply frozen; it passes `parseDataset`.
 *
 * @example
 * ```ts
 * import { tianmushan } from 'tianmu-indicators/tianmushan';
 *
 * tianmushan.plans.length;
 * // => 2
 * tianmushan.plans.map((plan) => plan.id);
 * // => ['term-2022-2026', 'plan-2022']
 * tianmushan.observations.find((o) => o.indicator === 'agricultural-output')?.value;
 * // => '8.2'
 * ```
 *
 * @category Data
 */
export const tianmushan: Dataset = deepFreeze({
  id: 'tianmushan',
  area: { id: 'tianmushan', name: { zh: '天目山镇', en: 'Tianmushan Town' } },
  sources,
  indicators,
  observations,
  claims,
  plans: [term20222026, plan2022],
  projects,
});
