import type { Claim } from '../../models/types.js';
import { cite } from './_cite.js';
import { SECTIONS } from './sources.js';

/**
 * Every change the report states as a percent without both levels. The five-year review's
 * changes run from 2016, the level before the term 2017–2021, to 2021.
 */
export const claims: Claim[] = [
  {
    id: 'farmer-income-per-capita-growth-2021',
    indicator: 'farmer-income-per-capita',
    fromPeriod: '2020',
    toPeriod: '2021',
    statedPercent: '8',
    qualifier: null,
    source: cite(SECTIONS.review2021.industry, '农民人均收入达到4万元,同比增长8%'),
  },
  {
    id: 'retail-sales-growth-2016-2021',
    indicator: 'retail-sales',
    fromPeriod: '2016',
    toPeriod: '2021',
    statedPercent: '66.5',
    qualifier: null,
    source: cite(
      SECTIONS.fiveYears.economy,
      '社会消费品零售总额和服务业增加值增幅分别达66.5%和58.4%',
    ),
  },
  {
    id: 'services-value-added-growth-2016-2021',
    indicator: 'services-value-added',
    fromPeriod: '2016',
    toPeriod: '2021',
    statedPercent: '58.4',
    qualifier: null,
    source: cite(
      SECTIONS.fiveYears.economy,
      '社会消费品零售总额和服务业增加值增幅分别达66.5%和58.4%',
    ),
  },
  {
    id: 'farmer-income-per-capita-growth-2016-2021',
    indicator: 'farmer-income-per-capita',
    fromPeriod: '2016',
    toPeriod: '2021',
    statedPercent: '44.3',
    qualifier: null,
    source: cite(SECTIONS.fiveYears.economy, '农民人均收入从27720元增至约4万元,增长44.3%'),
  },
];
