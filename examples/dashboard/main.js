// The dashboard's one module: the scorecard of a plan of the Tianmushan dataset at a chosen
// as-of day, as a table with Chinese labels, the scorecard chart and one trajectory chart.
// `npm run dashboard` bundles it with esbuild from the package's ESM build and serves the page.
import {
  assessPlan,
  formatMilestoneState,
  formatPercent,
  formatReason,
  formatStatus,
} from 'tianmu-indicators';
import { renderSvg, scorecardChart, trajectoryChart } from 'tianmu-indicators/charts';
import { tianmushan } from 'tianmu-indicators/tianmushan';

const KINDS = {
  level: '水平',
  growth: '增速',
  cumulative: '累计',
  milestone: '节点',
  qualitative: '定性',
};
const ATTRIBUTES = { binding: '约束性', anticipatory: '预期性' };
const TRAJECTORY = 'term-2022-2026.farmer-income-per-capita';

const planSelect = document.getElementById('plan');
const asOfInput = document.getElementById('as-of');
for (const plan of tianmushan.plans) {
  planSelect.append(new Option(plan.title.zh, plan.id, false, plan.id === 'plan-2022'));
}

const percentOrDash = (value) => (value === null ? '—' : formatPercent(value));

function cell(text, attributes = {}) {
  const td = document.createElement('td');
  td.textContent = text;
  for (const [name, value] of Object.entries(attributes)) td.setAttribute(name, value);
  return td;
}

function statusText(assessment) {
  let text = formatStatus(assessment.status);
  if (assessment.reason !== null) text += `(${formatReason(assessment.reason)})`;
  if (assessment.milestoneState !== null)
    text += ` · ${formatMilestoneState(assessment.milestoneState)}`;
  return text;
}

function renderTable(scorecard) {
  const rows = scorecard.assessments.map((assessment) => {
    const tr = document.createElement('tr');
    tr.dataset.target = assessment.targetId;
    const { level, increment, growth } = assessment.completion;
    tr.append(
      cell(assessment.title.zh),
      cell(KINDS[assessment.kind]),
      cell(ATTRIBUTES[assessment.attribute]),
      cell(statusText(assessment), { 'data-status': assessment.status }),
      cell(percentOrDash(increment ?? level ?? growth), { class: 'number' }),
      cell(percentOrDash(assessment.timeElapsed), { class: 'number' }),
    );
    return tr;
  });
  document.querySelector('#scorecard tbody').replaceChildren(...rows);
  const counts = Object.entries(scorecard.counts).map(([status, count]) => {
    const li = document.createElement('li');
    li.dataset.status = status;
    li.append(`${formatStatus(status)} `);
    const b = document.createElement('b');
    b.textContent = String(count);
    li.append(b);
    return li;
  });
  document.getElementById('counts').replaceChildren(...counts);
  document.getElementById('title').textContent =
    `${tianmushan.area.name.zh} · ${scorecard.title.zh}`;
  document.getElementById('elapsed').textContent =
    `序时进度 ${percentOrDash(scorecard.timeElapsed)}`;
}

let rendering = 0;
async function render() {
  const run = ++rendering;
  document.body.dataset.state = 'loading';
  const asOf = asOfInput.value;
  const scorecard = assessPlan(tianmushan, planSelect.value, { asOf });
  renderTable(scorecard);
  const term = assessPlan(tianmushan, 'term-2022-2026', { asOf });
  const income = term.assessments.find((assessment) => assessment.targetId === TRAJECTORY);
  const [scorecardSvg, trajectorySvg] = await Promise.all([
    renderSvg(scorecardChart(scorecard, { locale: 'zh-CN' })),
    renderSvg(trajectoryChart(income, { locale: 'zh-CN' })),
  ]);
  if (run !== rendering) return;
  document.getElementById('scorecard-chart').innerHTML = scorecardSvg;
  document.getElementById('trajectory-chart').innerHTML = trajectorySvg;
  document.body.dataset.asOf = asOf;
  document.body.dataset.plan = planSelect.value;
  document.body.dataset.state = 'ready';
}

function renderOrReport() {
  render().catch((error) => {
    document.body.dataset.state = 'error';
    console.error(error);
  });
}

asOfInput.addEventListener('change', renderOrReport);
planSelect.addEventListener('change', renderOrReport);
renderOrReport();
