import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessPlan } from '../attainment/index.js';
import { tianmushan } from '../tianmushan.js';
import { overTimeLimit } from './_limits.js';
import { type EngineLoader, importEngine, renderSvgWith } from './_render.js';
import { rejectionOf } from './_testKit.js';
import { renderSvg } from './renderSvg.js';
import { scorecardChart } from './scorecardChart.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const bars = (extra: Record<string, unknown> = {}) => ({
  data: { values: [{ a: 'x', b: 1 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
  ...extra,
});

/** A clock that advances `step` ms at every reading, whatever the machine's speed. */
function fakeClock(step: number) {
  const clock = { readings: 0, now: () => step * clock.readings++ };
  return clock;
}

/** Engines whose View is a stand-in: `view` gives its members. */
function standIn(
  view: (options: { logger: Record<string, (...args: unknown[]) => unknown> }) => {
    toSVG: () => Promise<string>;
    _getPulse?: unknown;
    runAsync?: unknown;
    scenegraph?: unknown;
  },
): EngineLoader & { finalized: number } {
  const load = Object.assign(
    async (name: string) =>
      name === 'vega-lite'
        ? { compile: (spec: unknown) => ({ spec }) }
        : {
            parse: (spec: unknown) => spec,
            View: function View(_runtime: unknown, options: never) {
              return {
                runAsync: async () => undefined,
                scenegraph: () => ({ root: { items: [] } }),
                ...view(options),
                finalize: () => {
                  load.finalized += 1;
                },
              };
            },
          },
    { finalized: 0 },
  );
  return load;
}

describe('renderSvg’s time limit', () => {
  it('finds the hook it wraps in the installed vega: View#_getPulse', async () => {
    const vega = (await importEngine('vega')) as typeof import('vega');
    const view = new vega.View(vega.parse({}), { renderer: 'none' });
    expect(typeof (view as unknown as { _getPulse: unknown })._getPulse).toBe('function');
    view.finalize();
  });

  it('renders a chart of this library within the default limit, reading the clock at every step', async () => {
    const clock = fakeClock(1);
    const spec = scorecardChart(assessPlan(tianmushan, 'plan-2022'), { locale: 'en' });
    const svg = await renderSvgWith(spec, importEngine, { trusted: false, now: clock.now });
    expect(svg.startsWith('<svg')).toBe(true);
    // One reading before every operator vega runs: a scorecard has well over a hundred.
    expect(clock.readings).toBeGreaterThan(100);
  });

  it('stops vega between two steps once the limit has passed, with the thread’s time error', async () => {
    const clock = fakeClock(1_000);
    const error = await rejectionOf(
      renderSvgWith(bars(), importEngine, { trusted: false, timeLimit: 5_500, now: clock.now }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual(overTimeLimit(5_500).details);
    expect(error.details).toMatchObject({ field: 'spec', limit: 'time' });
    expect(error.message).toBe(
      'spec is not an accepted value: rendering took longer than 5500 ms (options.timeLimit)',
    );
    // At the start (0), after compiling (1,000), then before each operator: four ran, the
    // fifth found 6,000 ms gone, and none of the dozens after it ran.
    expect(clock.readings).toBe(7);
  });

  it('reads the clock before drawing and after, and never draws past the limit', async () => {
    for (const [timeLimit, drawnThen] of [
      [2_500, true],
      [1_500, false],
    ] as const) {
      // Readings: 0 at the start, 1,000 after compiling, 2,000 before drawing, 3,000 after.
      const clock = fakeClock(1_000);
      let drawn = false;
      const load = standIn(() => ({
        toSVG: async () => {
          drawn = true;
          return '<svg/>';
        },
        _getPulse: () => ({}),
      }));
      const policy = { trusted: false, timeLimit, now: clock.now };
      const error = await rejectionOf(renderSvgWith(bars(), load, policy));
      expect([drawn, error.details.limit, load.finalized]).toEqual([drawnThen, 'time', 1]);
    }
  });

  it('counts from startedAt when given: the start of renderSvgInWorker’s thread', async () => {
    const clock = fakeClock(1_000);
    const policy = { trusted: false, timeLimit: 4_000, now: clock.now, startedAt: -5_000 };
    const error = await rejectionOf(renderSvgWith(bars(), importEngine, policy));
    // The first reading, after compiling (0), is 5,000 ms after the start.
    expect([error.details.limit, clock.readings]).toEqual(['time', 1]);
  });

  it('draws at most 200,000 marks, counted in the scenegraph before drawing', async () => {
    const scene = (count: number) => () => ({
      root: { items: [{ items: Array(count).fill({}) }] },
    });
    let drawn = 0;
    const toSVG = async () => {
      drawn += 1;
      return '<svg/>';
    };
    const within = standIn(() => ({ toSVG, _getPulse: () => ({}), scenegraph: scene(199_999) }));
    expect(await renderSvgWith(bars(), within)).toBe('<svg/>');
    const over = standIn(() => ({ toSVG, _getPulse: () => ({}), scenegraph: scene(200_000) }));
    const error = await rejectionOf(renderSvgWith(bars(), over));
    expect(error.details).toMatchObject({ field: 'spec', limit: 'marks' });
    expect(error.message).toBe('spec is not an accepted value: it draws more than 200000 marks');
    expect([drawn, over.finalized]).toEqual([1, 1]);
  });

  it('refuses a chart whose transforms make more marks than that before drawing it', async () => {
    // 70,000 rows folded three times: 210,000 points.
    const spec = {
      data: { sequence: { start: 0, stop: 70_000 } },
      transform: [
        { calculate: 'datum.data', as: 'a' },
        { calculate: 'datum.data * 2', as: 'b' },
        { calculate: 'datum.data * 3', as: 'c' },
        { fold: ['a', 'b', 'c'] },
      ],
      mark: 'point',
      encoding: {
        x: { field: 'data', type: 'quantitative' },
        y: { field: 'value', type: 'quantitative' },
      },
    };
    const error = await rejectionOf(renderSvg(spec));
    expect(error.details).toMatchObject({ field: 'spec', limit: 'marks' });
  });

  it('refuses a vega whose View lacks the hook rather than render without a limit', async () => {
    const load = standIn(() => ({ toSVG: async () => '<svg/>' }));
    const error = await rejectionOf(renderSvgWith(bars(), load));
    expect([error.code, error.details.field]).toEqual(['missing-dependency', 'vega']);
    expect(error.message).toContain('vega does not provide View#_getPulse, which the time limit');
    expect(load.finalized).toBe(1);
    const older = standIn(() => ({ toSVG: async () => '<svg/>', runAsync: undefined }));
    expect((await rejectionOf(renderSvgWith(bars(), older))).message).toContain(
      'vega does not provide View#runAsync and View#_getPulse',
    );
  });

  it('reads options.timeLimit: a positive number of milliseconds up to 2,147,483,647', async () => {
    // The longest limit a timer keeps: accepted, and no machine is that slow.
    expect(await renderSvg(bars(), { timeLimit: 2_147_483_647 })).toContain('<svg');
    for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '100', 2 ** 31]) {
      const error = await rejectionOf(renderSvg(bars(), { timeLimit: value as never }));
      expect(error.code).toBe('invalid-argument');
      expect(error.details).toMatchObject({ field: 'options.timeLimit', value });
    }
  });
});

describe('renderSvg and the errors of vega’s operators', () => {
  it('turns an expression that throws while it runs into invalid-argument, printing nothing', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const spec = bars({
      data: {
        values: [
          { a: 'x', b: 1 },
          { a: 'y', b: 2 },
        ],
      },
      transform: [{ calculate: 'datum.b > 1 ? datum.missing.deeper : 1', as: 'c' }],
    });
    const error = await rejectionOf(renderSvg(spec));
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'spec']);
    expect(error.message).toMatch(
      /^spec is not an accepted value: Vega-Lite could not render it \(.*deeper/,
    );
    expect(error.details.cause).toBeInstanceOf(TypeError);
    expect(printed).not.toHaveBeenCalled();
  });

  it('keeps what vega logs as an error, joined when it is not an Error, and drops the rest', async () => {
    const load = standIn(({ logger }) => ({
      toSVG: async () => {
        expect(logger.level?.()).toBe(1);
        expect(logger.level?.(4)).toBe(logger);
        for (const level of ['warn', 'info', 'debug']) expect(logger[level]?.('x')).toBe(logger);
        expect(logger.error?.('broken', 2)).toBe(logger);
        logger.error?.('second');
        return '<svg/>';
      },
      _getPulse: () => ({}),
    }));
    const error = await rejectionOf(renderSvgWith(bars(), load));
    expect(error.message).toBe(
      'spec is not an accepted value: Vega-Lite could not render it (broken 2)',
    );
    expect(load.finalized).toBe(1);
  });
});
