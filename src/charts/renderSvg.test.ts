import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EngineLoader, importEngine, renderSvgWith } from './_render.js';
import { assessment, rejectionOf, scorecard } from './_testKit.js';
import { renderSvg } from './renderSvg.js';
import { scorecardChart } from './scorecardChart.js';
import { trajectoryChart } from './trajectoryChart.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A loader that cannot find the named peers, as `import()` fails when they are absent. */
function without(...absent: string[]): EngineLoader {
  return async (name) => {
    if (absent.includes(name)) {
      const error = new Error(`Cannot find package '${name}'`) as Error & { code: string };
      error.code = 'ERR_MODULE_NOT_FOUND';
      throw error;
    }
    return importEngine(name);
  };
}

describe('renderSvg', () => {
  it('renders a trajectory chart to SVG with its Chinese labels', async () => {
    const svg = await renderSvg(trajectoryChart(assessment('farmer-income-2026')));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('农民人均收入达到5万元');
    expect(svg).toContain('目标 5万元');
    expect(svg).toContain('PingFang SC');
    // Year-end ticks labelled by year.
    for (const year of ['2021', '2022', '2026']) expect(svg).toContain(`>${year}</text>`);
  });

  it('renders a scorecard chart and a message chart', async () => {
    const bars = await renderSvg(scorecardChart(scorecard(), { locale: 'en' }));
    expect(bars.startsWith('<svg')).toBe(true);
    expect(bars).toContain('Time elapsed 40%');
    expect(bars).toContain('24% · Needs acceleration');
    const message = await renderSvg(trajectoryChart(assessment('future-villages')));
    expect(message).toContain('没有可绘制的数据');
  });

  it('compiles the specs of this library without a Vega-Lite warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    await renderSvg(trajectoryChart(assessment('precious-trees-2022-2026')));
    await renderSvg(scorecardChart(scorecard()));
    expect(warn).not.toHaveBeenCalled();
  });

  it('draws the same SVG in every time zone', async () => {
    const monthly = trajectoryChart(assessment('farmer-income-2026'), {
      observations: [
        { period: '2022-01', value: 40500 },
        { period: '2022-Q2', value: 41000 },
      ],
    });
    const zone = process.env.TZ;
    const svgs: string[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        svgs.push(await renderSvg(monthly));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(svgs[1]).toBe(svgs[0]);
    expect(svgs[2]).toBe(svgs[0]);
  });

  it('leaves the spec as it was', async () => {
    const spec = trajectoryChart(assessment('farmer-income-2026'));
    const before = JSON.stringify(spec);
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('renders a spec written by hand', async () => {
    const svg = await renderSvg({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values: [{ a: 'x', b: 1 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
    });
    expect(svg).toContain('<svg');
  });

  it('rejects what is not a spec', async () => {
    for (const bad of [null, 'spec', [], 3]) {
      const error = await rejectionOf(renderSvg(bad as never));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'spec']);
    }
  });

  it('turns a spec Vega-Lite cannot compile into invalid-argument, keeping the cause', async () => {
    const error = await rejectionOf(renderSvg({ mark: 'no-such-mark' }));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('spec');
    expect(error.message).toMatch(/^spec is not an accepted value: Vega-Lite could not render it/);
    expect(error.details.cause).toBeInstanceOf(Error);
  });

  it('turns a thrown value that is not an Error into invalid-argument', async () => {
    const finalize = vi.fn();
    const load: EngineLoader = async (name) =>
      name === 'vega-lite'
        ? {
            compile: () => {
              throw 'broken';
            },
          }
        : {
            parse: () => ({}),
            View: class {
              toSVG = async () => '<svg/>';
              finalize = finalize;
            },
          };
    const error = await rejectionOf(renderSvgWith({ mark: 'bar' }, load));
    expect(error.message).toBe(
      'spec is not an accepted value: Vega-Lite could not render it (broken)',
    );
    expect(finalize).not.toHaveBeenCalled();
  });

  it('finalizes the view it made', async () => {
    const finalize = vi.fn();
    const load: EngineLoader = async (name) =>
      name === 'vega-lite'
        ? { compile: (spec: unknown) => ({ spec }) }
        : {
            parse: (spec: unknown) => spec,
            View: class {
              toSVG = async () => '<svg/>';
              finalize = finalize;
            },
          };
    expect(await renderSvgWith({ mark: 'bar' }, load)).toBe('<svg/>');
    expect(finalize).toHaveBeenCalledTimes(1);
  });
});

describe('renderSvg without its optional peers', () => {
  it('names vega and says how to install both when vega is missing', async () => {
    const error = await rejectionOf(renderSvgWith({ mark: 'bar' }, without('vega')));
    expect(error.code).toBe('missing-dependency');
    expect(error.details.field).toBe('vega');
    expect(error.details.packages).toEqual(['vega', 'vega-lite']);
    expect(error.details.install).toBe('npm install vega vega-lite');
    expect((error.details.cause as { code: string }).code).toBe('ERR_MODULE_NOT_FOUND');
    expect(error.message).toBe(
      'vega is not installed: vega could not be loaded. renderSvg needs the optional peer ' +
        'dependencies vega and vega-lite; install them with: npm install vega vega-lite',
    );
  });

  it('names vega-lite when only vega-lite is missing', async () => {
    const error = await rejectionOf(renderSvgWith({ mark: 'bar' }, without('vega-lite')));
    expect(error.code).toBe('missing-dependency');
    expect(error.details.field).toBe('vega-lite');
    expect(error.message).toContain('npm install vega vega-lite');
  });

  it('treats a module without the functions it needs as missing', async () => {
    for (const engine of [null, 'vega', {}, { parse: () => ({}) }]) {
      const load: EngineLoader = async (name) => (name === 'vega' ? engine : importEngine(name));
      const error = await rejectionOf(renderSvgWith({ mark: 'bar' }, load));
      expect(error.code).toBe('missing-dependency');
      expect(error.message).toContain('vega does not provide parse and View');
    }
  });
});
