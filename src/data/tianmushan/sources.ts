import type { Source } from '../../models/types.js';

/** Id of the one source of the dataset: the 2021 government work report. */
export const SOURCE_ID = 'tianmushan-gwr-2021';

/** The report, as its publication page describes it. */
export const sources: Source[] = [
  {
    id: SOURCE_ID,
    title: { zh: '政府工作报告', en: 'Government work report' },
    issuer: { zh: '天目山镇人民政府', en: 'Tianmushan Town Government' },
    deliveredOn: '2021-12-25',
    publishedOn: '2022-05-05',
    reference: '002508879/2022-81382',
  },
];

const REVIEW = '2021年和本届政府工作回顾';
const TERM = '今后五年发展目标任务';
const PLAN_2022 = '2022年重点工作安排';

/**
 * The `section` of every citation: the report's own heading lines, joined by ` / ` from the
 * part down to the numbered heading. The five paragraphs of the five-year review have no
 * heading line of their own; their opening clause (——五年来,…) stands in for one.
 */
export const SECTIONS = {
  review2021: {
    industry: `${REVIEW} / 一、抓产业、增后劲,经济运行稳中有进`,
    projects: `${REVIEW} / 二、抓项目、优环境,美丽镇村提档升级`,
    livelihoods: `${REVIEW} / 三、抓民生、强保障,民生福祉持续增进`,
    governance: `${REVIEW} / 四、抓治理、守底线,社会大局安定祥和`,
    administration: `${REVIEW} / 五、抓服务、树形象,自身建设不断加强`,
  },
  fiveYears: {
    economy: `${REVIEW} / ——五年来,镇域经济高质量发展,实现综合能级大跃升`,
    beauty: `${REVIEW} / ——五年来,全域美丽高标准建设,实现镇村面貌大蝶变`,
    reform: `${REVIEW} / ——五年来,改革创新高能级叠加,实现乡村振兴大启幕`,
    society: `${REVIEW} / ——五年来,社会治理高水平推进,实现民生福祉大改善`,
    government: `${REVIEW} / ——五年来,政务服务高效能落地,实现自身建设大提升`,
  },
  term: {
    general: TERM,
    industry: `${TERM} / 一、筑牢共同富裕镇域样板的产业基座`,
    beauty: `${TERM} / 二、描绘共同富裕镇域样板的美丽新貌`,
    culture: `${TERM} / 三、厚植共同富裕镇域样板的人文底蕴`,
    livelihoods: `${TERM} / 四、增加共同富裕镇域样板的民生厚度`,
    selfBuilding: '切实加强政府自身建设',
  },
  plan2022: {
    general: PLAN_2022,
    vitality: `${PLAN_2022} / 一、坚持稳中求进、积蓄动能,进一步提升“活力指数”`,
    beauty: `${PLAN_2022} / 二、坚持统筹协调、绿色发展,进一步提升“美丽指数”`,
    happiness: `${PLAN_2022} / 三、坚持以人为本、利民惠民,进一步提升“幸福指数”`,
    safety: `${PLAN_2022} / 四、坚持体系创新、数字赋能,进一步提升“平安指数”`,
  },
} as const;
