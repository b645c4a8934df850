import type {
  Aggregation,
  Attribute,
  Direction,
  Formula,
  Indicator,
  Measure,
} from '../models/types.js';

/**
 * One indicator of the catalogue: its definition, as a dataset holds it, and the phrases of
 * work reports that name it.
 * @category Catalog
 */
export interface CatalogEntry {
  /** The indicator, ready to go into a dataset's `indicators`. */
  readonly indicator: Indicator;
  /** The phrases reports use for it (its Chinese name first), matched whole by {@link findCatalogIndicator}. */
  readonly phrases: readonly string[];
}

function entry(
  id: string,
  [zh, en]: readonly [string, string],
  unit: string,
  measure: Measure,
  sector: string,
  phrases: readonly string[],
  more: {
    direction?: Direction;
    attribute?: Attribute;
    aggregation?: Aggregation;
    formula?: Formula;
    description?: string;
  } = {},
): CatalogEntry {
  const indicator: Indicator = {
    id,
    name: { zh, en },
    unit,
    direction: more.direction ?? 'increase',
    measure,
    sector,
    attribute: more.attribute ?? 'anticipatory',
    ...(more.description === undefined ? {} : { description: more.description }),
    ...(more.formula === undefined ? {} : { formula: more.formula }),
    ...(more.aggregation === undefined ? {} : { aggregation: more.aggregation }),
  };
  return Object.freeze({
    indicator: deepFreeze(indicator),
    phrases: Object.freeze([zh, ...phrases]),
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const ratio = (numerator: string, denominator: string, multiplier = '1'): Formula => ({
  op: 'ratio',
  numerator,
  denominator,
  multiplier,
});

/**
 * The indicators township work reports use most, with ids shared by the Tianmushan dataset
 * where the meaning is the same. Money flows in 亿元 or 万元 as reports write them; sums roll up,
 * per-capita figures and shares are recomputed from their parts (`formula`), percents without
 * parts do not roll up. Frozen: copy an indicator before changing it.
 * @example
 * ```ts
 * import { CATALOG } from 'tianmu-indicators/catalog';
 * CATALOG.length >= 30;
 * // => true
 * CATALOG.find((entry) => entry.indicator.id === 'rural-income-per-capita')?.indicator.formula;
 * // => { op: 'ratio', numerator: 'rural-income-total', denominator: 'rural-population', multiplier: '1' }
 * ```
 * @category Catalog
 */
export const CATALOG: readonly CatalogEntry[] = /* @__PURE__ */ Object.freeze([
  // economy
  entry('gdp', ['地区生产总值', 'Gross domestic product'], 'yi-yuan', 'flow', 'economy', [
    'GDP',
    '生产总值',
    '地区GDP',
  ]),
  entry(
    'industrial-output-above-size',
    ['规上工业总产值', 'Gross industrial output of enterprises above designated size'],
    'yi-yuan',
    'flow',
    'industry',
    ['规模以上工业总产值', '规上工业产值', '规模以上工业产值'],
  ),
  entry(
    'industrial-value-added-above-size',
    ['规上工业增加值', 'Industrial value added of enterprises above designated size'],
    'yi-yuan',
    'flow',
    'industry',
    ['规模以上工业增加值'],
  ),
  entry(
    'industrial-output',
    ['工业总产值', 'Gross industrial output'],
    'yi-yuan',
    'flow',
    'industry',
    ['工业产值'],
  ),
  entry(
    'agricultural-output',
    ['农业总产值', 'Gross agricultural output'],
    'yi-yuan',
    'flow',
    'agriculture',
    ['农林牧渔业总产值', '农业产值'],
  ),
  entry(
    'industrial-agricultural-output',
    ['工农业总产值', 'Gross industrial and agricultural output'],
    'yi-yuan',
    'flow',
    'economy',
    ['工农业产值'],
    {
      formula: { op: 'sum', of: ['industrial-output', 'agricultural-output'] },
      aggregation: 'sum',
    },
  ),
  entry(
    'services-value-added',
    ['服务业增加值', 'Services value added'],
    'yi-yuan',
    'flow',
    'services',
    ['第三产业增加值'],
  ),
  entry(
    'fixed-asset-investment',
    ['固定资产投资', 'Fixed-asset investment'],
    'yi-yuan',
    'flow',
    'investment',
    ['全社会固定资产投资', '固投'],
  ),
  entry(
    'industrial-investment',
    ['工业投资', 'Industrial investment'],
    'yi-yuan',
    'flow',
    'investment',
    ['工业性投资'],
  ),
  entry(
    'investment-attracted',
    ['招商引资到位资金', 'Investment attracted (funds in place)'],
    'yi-yuan',
    'flow',
    'investment',
    ['到位资金', '招商引资实际到位资金'],
  ),
  entry(
    'retail-sales',
    ['社会消费品零售总额', 'Total retail sales of consumer goods'],
    'yi-yuan',
    'flow',
    'services',
    ['社零总额', '社会消费品零售额'],
  ),
  // public finance
  entry('fiscal-revenue', ['财政总收入', 'Total fiscal revenue'], 'wan-yuan', 'flow', 'finance', [
    '财政收入',
  ]),
  entry(
    'general-budget-revenue',
    ['一般公共预算收入', 'General public budget revenue'],
    'wan-yuan',
    'flow',
    'finance',
    ['地方一般公共预算收入', '一般预算收入', '地方财政收入'],
  ),
  entry('tax-revenue', ['税收收入', 'Tax revenue'], 'wan-yuan', 'flow', 'finance', ['税收']),
  entry(
    'village-collective-income',
    ['村级集体经济收入', 'Village collective economic income'],
    'wan-yuan',
    'flow',
    'villages',
    ['村集体经济收入', '村级集体经济总收入'],
  ),
  // incomes and population
  entry(
    'rural-income-total',
    ['农村居民可支配收入总额', 'Rural residents’ disposable income, total'],
    'yi-yuan',
    'flow',
    'livelihoods',
    [],
    {
      description: 'The numerator of per-capita rural income; rolls up as a sum.',
    },
  ),
  entry(
    'rural-income-per-capita',
    ['农村居民人均可支配收入', 'Per-capita disposable income of rural residents'],
    'yuan',
    'flow',
    'livelihoods',
    ['农民人均可支配收入', '农民人均纯收入', '农民人均收入', '农村常住居民人均可支配收入'],
    { formula: ratio('rural-income-total', 'rural-population'), aggregation: 'formula' },
  ),
  entry(
    'urban-income-total',
    ['城镇居民可支配收入总额', 'Urban residents’ disposable income, total'],
    'yi-yuan',
    'flow',
    'livelihoods',
    [],
    {
      description: 'The numerator of per-capita urban income; rolls up as a sum.',
    },
  ),
  entry(
    'urban-income-per-capita',
    ['城镇居民人均可支配收入', 'Per-capita disposable income of urban residents'],
    'yuan',
    'flow',
    'livelihoods',
    ['城镇常住居民人均可支配收入', '城镇居民人均收入'],
    { formula: ratio('urban-income-total', 'urban-population'), aggregation: 'formula' },
  ),
  entry(
    'resident-population',
    ['常住人口', 'Resident population'],
    'person',
    'stock',
    'population',
    ['常住人口数'],
    {
      direction: 'neutral',
    },
  ),
  entry(
    'registered-population',
    ['户籍人口', 'Registered population'],
    'person',
    'stock',
    'population',
    ['户籍人口数', '户籍总人口'],
    {
      direction: 'neutral',
    },
  ),
  entry(
    'urban-population',
    ['城镇常住人口', 'Urban resident population'],
    'person',
    'stock',
    'population',
    [],
    {
      direction: 'neutral',
    },
  ),
  entry(
    'rural-population',
    ['农村常住人口', 'Rural resident population'],
    'person',
    'stock',
    'population',
    ['乡村常住人口'],
    {
      direction: 'neutral',
    },
  ),
  entry(
    'urbanisation-rate',
    ['常住人口城镇化率', 'Urbanisation rate of the resident population'],
    'percent',
    'rate',
    'population',
    ['城镇化率'],
    {
      formula: ratio('urban-population', 'resident-population', '100'),
      aggregation: 'formula',
    },
  ),
  entry('households', ['户数', 'Households'], 'household', 'stock', 'population', ['总户数'], {
    direction: 'neutral',
  }),
  entry('urban-jobs-added', ['城镇新增就业', 'Urban jobs added'], 'person', 'flow', 'livelihoods', [
    '新增就业',
    '城镇新增就业人数',
  ]),
  // agriculture and land
  entry(
    'grain-sown-area',
    ['粮食播种面积', 'Grain sown area'],
    'mu',
    'flow',
    'agriculture',
    ['粮食种植面积'],
    {
      attribute: 'binding',
    },
  ),
  entry(
    'high-standard-farmland-added',
    ['新建高标准农田', 'High-standard farmland added'],
    'mu',
    'flow',
    'agriculture',
    ['高标准农田', '高标准农田建设'],
  ),
  entry(
    'farmland-retained',
    ['耕地保有量', 'Cultivated land retained'],
    'mu',
    'stock',
    'agriculture',
    ['耕地面积'],
    {
      attribute: 'binding',
    },
  ),
  entry(
    'permanent-basic-farmland',
    ['永久基本农田保护面积', 'Permanent basic farmland protected'],
    'mu',
    'stock',
    'agriculture',
    ['永久基本农田'],
    {
      attribute: 'binding',
    },
  ),
  // forestry and environment
  entry('afforestation-area', ['造林面积', 'Afforestation area'], 'mu', 'flow', 'forestry', [
    '植树造林面积',
    '新增造林',
  ]),
  entry('trees-planted', ['植树', 'Trees planted'], 'wan-plant', 'flow', 'forestry', [
    '植树数量',
    '义务植树',
  ]),
  entry('forest-cover', ['森林覆盖率', 'Forest cover'], 'percent', 'rate', 'forestry', [], {
    attribute: 'binding',
  }),
  // enterprises and tourism
  entry(
    'enterprises-above-size',
    ['规上工业企业', 'Industrial enterprises above designated size'],
    'establishment',
    'stock',
    'industry',
    ['规上企业', '规模以上工业企业'],
  ),
  entry(
    'new-enterprises-above-size',
    ['新增规上企业', 'New enterprises above designated size'],
    'establishment',
    'flow',
    'industry',
    ['新增规上工业企业', '新增规模以上工业企业'],
  ),
  entry('tourist-visits', ['旅游人次', 'Tourist visits'], 'wan-person-time', 'flow', 'tourism', [
    '接待游客',
    '游客接待量',
    '旅游接待人次',
  ]),
  entry('tourism-revenue', ['旅游收入', 'Tourism revenue'], 'yi-yuan', 'flow', 'tourism', [
    '旅游总收入',
    '旅游经济总收入',
  ]),
  entry(
    'boutique-homestays',
    ['精品民宿', 'Boutique homestays'],
    'establishment',
    'stock',
    'tourism',
    ['民宿'],
  ),
  entry(
    'rural-roads',
    ['农村公路里程', 'Rural road length'],
    'kilometre',
    'stock',
    'infrastructure',
    ['农村公路'],
  ),
]);
