import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
              _getPulse = () => ({});
              runAsync = async () => undefined;
              scenegraph = () => ({ root: {} });
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

describe('renderSvg with an untrusted spec', () => {
  const bars = (extra: Record<string, unknown> = {}) => ({
    data: { values: [{ a: 'x', b: 1 }] },
    mark: 'bar',
    encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
    ...extra,
  });

  it('reads no file and makes no request: a url is refused, naming it', async () => {
    for (const url of ['file:///etc/passwd', 'http://169.254.169.254/latest', 'data.csv']) {
      const error = await rejectionOf(renderSvg(bars({ data: { url } })));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'spec.data.url']);
    }
  });

  it('renders no link: a javascript: href is an IndicatorError, never a crash', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const mark = { type: 'bar', href: 'javascript:alert(1)' };
      const error = await rejectionOf(renderSvg(bars({ mark })));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'spec.mark.href']);
      const channel = bars();
      (channel.encoding as Record<string, unknown>).href = { value: 'javascript:alert(1)' };
      expect((await rejectionOf(renderSvg(channel))).details.field).toBe('spec.encoding.href');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('caps width and height at 10,000 pixels', async () => {
    expect(await renderSvg(bars({ width: 10_000, height: 20 }))).toContain('width="10');
    for (const [key, value] of [
      ['width', 1e9],
      ['height', 10_001],
      ['width', Number.NaN],
    ] as const) {
      const error = await rejectionOf(renderSvg(bars({ [key]: value })));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', `spec.${key}`]);
    }
  });

  it('caps data rows at 100,000, inline and generated', async () => {
    const sequence = (stop: number, step?: number) =>
      bars({ data: { sequence: { start: 0, stop, ...(step === undefined ? {} : { step }) } } });
    const error = await rejectionOf(renderSvg(sequence(3e6)));
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'spec.data.sequence']);
    expect(error.message).toContain('more than 100000 data rows');
    expect((await rejectionOf(renderSvg(sequence(10, 0)))).message).toContain('never ends');
    expect((await rejectionOf(renderSvg(sequence(1e6, 5)))).code).toBe('invalid-argument');
    const values = Array.from({ length: 100_001 }, (_, b) => ({ a: 'x', b }));
    expect((await rejectionOf(renderSvg(bars({ data: { values } })))).details.field).toBe(
      'spec.data.values',
    );
  });

  it('gives well-formed SVG for a label with NUL and other control characters', async () => {
    const svg = await renderSvg(
      bars({ data: { values: [{ a: 'x\u0000y\u0007z\u001b[2J\ud800', b: 1 }] }, title: 'T\u0001' }),
    );
    expect(svg).not.toMatch(new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(8)}]`));
    expect(svg).not.toContain('\u001b');
    expect(svg).toContain('x\ufffdy\ufffdz\ufffd[2J\ufffd');
  });

  it('loads url data with { trusted: true }, and refuses a trusted href all the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tianmu-svg-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'a,b\nloaded-label,1\n');
    try {
      const svg = await renderSvg(bars({ data: { url: pathToFileURL(file).href } }), {
        trusted: true,
      });
      expect(svg).toContain('loaded-label');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const href = await rejectionOf(
      renderSvg(bars({ mark: { type: 'bar', href: 'x' } }), { trusted: true }),
    );
    expect(href.details.field).toBe('spec.mark.href');
    const option = await rejectionOf(renderSvg(bars(), { trusted: 'yes' as never }));
    expect([option.code, option.details.field]).toEqual(['invalid-argument', 'options.trusted']);
  });
});
