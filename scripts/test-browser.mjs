// The dashboard in a real browser: Debian's chromium, headless, driven by puppeteer-core (never
// a downloaded browser). Builds and serves examples/dashboard, then checks: no console error,
// one table row per target, the counts equal assessPlan in Node for the same as-of day,
// changing the date updates them; writes a screenshot to docs/images/dashboard.png.
// Needs `npm run build` first. Without chromium (CHROMIUM_PATH, else /usr/bin/chromium) it
// skips with a message, unless TIANMU_REQUIRE_BROWSER=1 (as .ci/run sets), when it fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessPlan } from '../dist/index.js';
import { tianmushan } from '../dist/tianmushan.js';
import { buildDashboard, serveDashboard } from './dashboard.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  const message = `test:browser: no chromium at ${executablePath} (set CHROMIUM_PATH, or apt-get install chromium)`;
  if (process.env.TIANMU_REQUIRE_BROWSER === '1') {
    console.error(`${message}: required here, failing`);
    process.exit(1);
  }
  console.log(`${message}: SKIPPED`);
  process.exit(0);
}

const { default: puppeteer } = await import('puppeteer-core');
const screenshot = fileURLToPath(new URL('../docs/images/dashboard.png', import.meta.url));
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

await buildDashboard();
const { server, url } = await serveDashboard();
const profile = mkdtempSync(join(tmpdir(), 'tianmu-chromium-'));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
  ],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  await page.setViewport({ width: 1440, height: 1000 });
  await page.goto(url, { waitUntil: 'load' });

  /** Waits for the page to show `asOf`, then compares it with assessPlan in Node. */
  const compare = async (asOf) => {
    await page.waitForFunction(
      (day) =>
        (['ready', 'error'].includes(document.body.dataset.state) &&
          document.body.dataset.asOf === day) ||
        document.body.dataset.state === 'error',
      {},
      asOf,
    );
    const shown = await page.evaluate(() => ({
      state: document.body.dataset.state,
      plan: document.body.dataset.plan,
      rows: document.querySelectorAll('#scorecard tbody tr').length,
      counts: Object.fromEntries(
        [...document.querySelectorAll('#counts li')].map((li) => [
          li.dataset.status,
          Number(li.querySelector('b').textContent),
        ]),
      ),
      statuses: [...document.querySelectorAll('#scorecard tbody td[data-status]')].map(
        (td) => td.dataset.status,
      ),
      charts: document.querySelectorAll('.charts svg').length,
    }));
    check(shown.state === 'ready', `${asOf}: the page reports ${shown.state}`);
    const node = assessPlan(tianmushan, shown.plan, { asOf });
    const targets = tianmushan.plans.find((plan) => plan.id === shown.plan).targets.length;
    check(shown.rows === targets, `${asOf}: ${shown.rows} rows for ${targets} targets`);
    check(
      JSON.stringify(shown.counts) === JSON.stringify(node.counts),
      `${asOf}: counts ${JSON.stringify(shown.counts)}, assessPlan ${JSON.stringify(node.counts)}`,
    );
    check(
      JSON.stringify(shown.statuses) === JSON.stringify(node.assessments.map((a) => a.status)),
      `${asOf}: the statuses of the rows differ from assessPlan's`,
    );
    check(shown.charts === 2, `${asOf}: ${shown.charts} charts drawn, expected 2`);
    return shown;
  };

  const first = await compare('2022-06-30');
  await page.screenshot({ path: screenshot });
  await page.$eval('#as-of', (input) => {
    input.value = '2023-06-30';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const second = await compare('2023-06-30');
  check(
    JSON.stringify(first.counts) !== JSON.stringify(second.counts),
    'changing the date did not change the counts',
  );
  check(errors.length === 0, `console errors:\n    ${errors.join('\n    ')}`);
  console.log(
    `test:browser: ${first.rows} rows; counts ${JSON.stringify(first.counts)} at 2022-06-30, ${JSON.stringify(second.counts)} at 2023-06-30; screenshot ${screenshot}`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`test:browser failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('test:browser: passed');
