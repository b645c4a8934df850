import { it } from 'vitest';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas.js';
import * as charts from '../src/charts.js';
import { miniDataset } from '../test/fixtures/miniDataset.js';
it('probe', () => {
  const d = schemas.parseDataset(miniDataset);
  const thrower = new Proxy({}, { get() { throw new TypeError('trap'); }, ownKeys() { throw new TypeError('trap'); }, has() { throw new TypeError('trap'); } });
  const getter = Object.defineProperty({}, 'asOf', { get() { throw new TypeError('getter'); }, enumerable: true });
  const forged = Object.create(Date.prototype);
  const cases: [string, () => unknown][] = [
    ['assessPlan targets null', () => root.assessPlan({ ...d, plans: d.plans.map((p) => ({ ...p, targets: null })) } as never, d.plans[0]!.id)],
    ['assessPlan proxy dataset', () => root.assessPlan(thrower as never, 'x')],
    ['assessPlan getter options', () => root.assessPlan(d, d.plans[0]!.id, getter as never)],
    ['assessPlan forged asOf', () => root.assessPlan(d, d.plans[0]!.id, { asOf: forged } as never)],
    ['assessPlan fn asOf', () => root.assessPlan(d, d.plans[0]!.id, { asOf: () => 1 } as never)],
    ['auditDataset proxy', () => root.auditDataset(thrower as never)],
    ['auditDataset targets null', () => root.auditDataset({ ...d, plans: d.plans.map((p) => ({ ...p, targets: null })) } as never)],
    ['auditDataset observations null', () => root.auditDataset({ ...d, observations: null } as never)],
    ['parseDataset proxy', () => schemas.parseDataset(thrower)],
    ['parseDataset getter', () => schemas.parseDataset(Object.defineProperty({ ...miniDataset }, 'indicators', { get() { throw new TypeError('g'); }, enumerable: true }))],
    ['toSdmxCsv proxy', () => schemas.toSdmxCsv(thrower as never)],
    ['compareValues getter', () => root.compareValues(getter as never, { period: '2021', value: 1 })],
    ['compareValues forged', () => root.compareValues({ period: forged, value: 1 } as never, { period: '2021', value: 1 })],
    ['yearOverYear proxy', () => root.yearOverYear(thrower as never)],
    ['yearsBetween forged', () => root.yearsBetween(forged, '2021')],
    ['elapsedFraction forged', () => root.elapsedFraction('2022/2026', forged)],
    ['formatPercent getter', () => root.formatPercent(0.1, getter as never)],
    ['formatPercent proxy', () => root.formatPercent(0.1, thrower as never)],
    ['convert proxy unit', () => root.convert(1, thrower as never, '元')],
    ['projectPath proxy', () => root.projectPath(1, 0.1, thrower as never)],
    ['scorecardChart proxy', () => charts.scorecardChart(thrower as never)],
    ['trajectoryChart proxy', () => charts.trajectoryChart(thrower as never)],
    ['assessTarget proxy', () => root.assessTarget(thrower as never, [] as never)],
    ['checkStatedChange fn', () => root.checkStatedChange(1, 2, 3, thrower as never)],
    ['toDecimal fn', () => root.toDecimal((() => 1) as never)],
  ];
  for (const [name, fn] of cases) {
    try { fn(); console.log('OK   ', name); } catch (e) { console.log(e instanceof root.IndicatorError ? 'IE   ' : 'RAW  ', name, String(e).slice(0, 100)); }
  }
});
