/** The words of the charts, in Chinese and English; statuses, reasons and milestone states come from the format layer's one table. */
import type { AssessmentStatus } from '../attainment/index.js';
import type { Locale } from '../format/index.js';

export { MILESTONE_LABELS, REASON_LABELS, STATUS_LABELS } from '../format/labels.js';

/** Everything else a chart says. */
export interface ChartWords {
  readonly observed: string;
  readonly required: string;
  readonly projected: string;
  readonly target: string;
  readonly totalToDate: string;
  readonly evenPace: string;
  readonly projectedPace: string;
  readonly series: string;
  readonly period: string;
  readonly value: string;
  readonly status: string;
  readonly completion: string;
  readonly completionAxis: (measure: 'increment' | 'level') => string;
  readonly timeElapsed: string;
  readonly noFigures: string;
  readonly noObservations: string;
  readonly noTargets: string;
  readonly approximate: string;
  readonly separator: string;
  readonly aside: (text: string) => string;
  readonly requiredRate: (rate: string) => string;
  readonly actualRate: (rate: string) => string;
  readonly statusLine: (status: string) => string;
  readonly completionLine: (completion: string, elapsed: string) => string;
  readonly asOf: (day: string) => string;
  readonly shown: (shown: number, total: number, elapsed: string) => string;
  readonly trajectoryDescription: (title: string) => string;
  readonly scorecardDescription: (title: string) => string;
}

export const WORDS: Readonly<Record<Locale, ChartWords>> = {
  'zh-CN': {
    observed: '观测值',
    required: '所需路径',
    projected: '按当前增速预测',
    target: '目标',
    totalToDate: '累计完成',
    evenPace: '均衡进度',
    projectedPace: '按当前进度预测',
    series: '系列',
    period: '时期',
    value: '数值',
    status: '状态',
    completion: '完成率',
    completionAxis: (measure) => `完成率(按${measure === 'level' ? '水平' : '增量'},%)`,
    timeElapsed: '序时进度',
    noFigures: '没有可绘制的数据',
    noObservations: '暂无观测数据',
    noTargets: '没有可显示的目标',
    approximate: '含约数',
    separator: ';',
    aside: (text) => `(${text})`,
    requiredRate: (rate) => `所需年均增速${rate}`,
    actualRate: (rate) => `实际年均增速${rate}`,
    statusLine: (status) => `状态:${status}`,
    completionLine: (completion, elapsed) => `完成率${completion},序时进度${elapsed}`,
    asOf: (day) => `截至${day}`,
    shown: (shown, total, elapsed) => `序时进度${elapsed};显示${shown}个目标(共${total}个)`,
    trajectoryDescription: (title) => `${title}:观测值、所需路径、按当前增速的预测与目标`,
    scorecardDescription: (title) => `${title}:各目标完成率与序时进度,按状态着色`,
  },
  en: {
    observed: 'Observed',
    required: 'Required path',
    projected: 'Projection at current rate',
    target: 'Target',
    totalToDate: 'Total to date',
    evenPace: 'Even pace',
    projectedPace: 'Projection at current pace',
    series: 'Series',
    period: 'Period',
    value: 'Value',
    status: 'Status',
    completion: 'Completion',
    completionAxis: (measure) => `Completion by ${measure} (%)`,
    timeElapsed: 'Time elapsed',
    noFigures: 'No figures to chart',
    noObservations: 'No observations yet',
    noTargets: 'No targets to show',
    approximate: 'approximate figures',
    separator: '; ',
    aside: (text) => ` (${text})`,
    requiredRate: (rate) => `required ${rate} a year`,
    actualRate: (rate) => `actual ${rate} a year`,
    statusLine: (status) => `status: ${status}`,
    completionLine: (completion, elapsed) => `completion ${completion}, time elapsed ${elapsed}`,
    asOf: (day) => `As of ${day}`,
    shown: (shown, total, elapsed) => `time elapsed ${elapsed}; ${shown} of ${total} targets shown`,
    trajectoryDescription: (title) =>
      `${title}: observations, the required path, the projection at the current rate and the target`,
    scorecardDescription: (title) =>
      `${title}: completion of each target against time elapsed, coloured by status`,
  },
};

/** The statuses in the order of the legend, best first. */
export const STATUS_ORDER: readonly AssessmentStatus[] = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'limited-progress',
  'deterioration',
  'missed',
  'not-assessable',
];
