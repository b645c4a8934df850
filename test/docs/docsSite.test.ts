import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, inlineObjectKeys, signaturesOf, textOf } from '../../scripts/_docsSite.mjs';

describe('the rendered-site checks of check-docs', () => {
  it('reads signature texts and the keys of written-out object types', () => {
    expect(textOf('<a>f</a>(x: <span>{&nbsp;a</span>&lt;1&gt;')).toBe('f(x: {&nbsp;a<1>');
    expect(signaturesOf('<div class="tsd-signature x">f(<b>a</b>)</div><div>no</div>')).toEqual([
      'f(a)',
    ]);
    expect(inlineObjectKeys('f(t: { a: string; b?: { c: number }; readonly d: X }): void')).toEqual(
      [['c'], ['a', 'b', 'd']],
    );
    expect(inlineObjectKeys('f(t: Target): void')).toEqual([]);
  });

  const site = mkdtempSync(join(tmpdir(), 'tianmu-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  };
  const signature = (text: string) => `<div class="tsd-signature">${text}</div>`;

  it('finds an inlined model type, a missing category or summary, and a broken link', () => {
    const navigation = [
      {
        text: 'tianmu-indicators',
        path: 'modules/tianmu-indicators.html',
        children: [
          {
            text: 'Models',
            children: [{ text: 'Citation', path: 'interfaces/tianmu-indicators.Citation.html' }],
          },
          { text: 'Other', children: [{ text: 'stray', path: 'functions/stray.html' }] },
          { text: 'loose', path: 'functions/loose.html' },
        ],
      },
    ];
    write(
      'assets/navigation.js',
      `window.navigationData = "${deflateSync(JSON.stringify(navigation)).toString('base64')}"`,
    );
    write(
      'interfaces/tianmu-indicators.Citation.html',
      signature('interface Citation { document: string; quote: string; section: string;}'),
    );
    write(
      'interfaces/tianmu-indicators.Holder.html',
      signature('interface Holder { source: Citation }') +
        signature('source: { document: string; quote: string; section: string; extra: 1 }'),
    );
    write('functions/f.html', signature('f(options: { a: string }): void'));
    write(
      'modules/tianmu-indicators.html',
      '<dl><dt class="tsd-member-summary" id="f"><a href="../functions/f.html">f</a></dt>' +
        '<dd class="tsd-member-summary"> </dd></dl>' +
        '<a href="../missing.html">x</a><a href="../media/guide.md">y</a>' +
        '<a href="../functions/f.html#nope">z</a><a href="https://example.org/">ok</a>' +
        '<a href="#f">ok</a>',
    );
    write('media/guide.md', '# guide');
    const problems = checkSite(site);
    expect(problems).toEqual([
      'only 1 model interfaces found in Models',
      'functions/f.html: a signature writes out an object type: f(options: { a: string }): void',
      'interfaces/tianmu-indicators.Holder.html: Citation written out instead of linked: source: { document: string; quote: string; section: string; extra: 1 }',
      'tianmu-indicators: in no category: stray',
      'tianmu-indicators: loose has no @category',
      'modules/tianmu-indicators.html: f has no summary',
      'modules/tianmu-indicators.html: ../missing.html does not exist',
      'modules/tianmu-indicators.html: ../media/guide.md opens a raw markdown file',
      'modules/tianmu-indicators.html: ../functions/f.html#nope has no such anchor',
    ]);
  });
});
