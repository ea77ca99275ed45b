// normsim serve: the page. Talks to the JSON API in tools/serve/api.hpp; every value is checked
// by the server (the scenario's schema, as for --set), which returns the CLI's message.
'use strict';

const $ = (id) => document.getElementById(id);
// Speed slider 1..10: [steps per request, pause in ms before the next one].
const SPEEDS = [[1, 800], [1, 400], [1, 200], [1, 100], [1, 40], [2, 20], [5, 20], [10, 10],
                [25, 5], [50, 0]];
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2',
                 '#17becf', '#7f7f7f', '#bcbd22'];
const TIPPING = 1 / 3;

const app = {
  catalogue: [],
  session: null,
  scenario: null,   // the catalogue entry shown
  runs: [],         // per run: {rows: {series: [row...]}, specs: {series: spec}, events: n, world}
  charts: [],
  running: false,     // Go pressed and not paused
  loop: null,         // the Go loop's promise while it runs (a step may still be in flight)
  busy: false,        // Setup in flight
  generation: 0,      // counts Setups: a step's reply for an earlier run is dropped
};

class ApiError extends Error {
  constructor(status, data) {
    super(data.error || `HTTP ${status}`);
    this.status = status;
    this.errors = data.errors || [];
  }
}

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)};
  const res = await fetch(path, init);
  const data = await res.json().catch(() => ({error: `HTTP ${res.status}`}));
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

// ---- controls ---------------------------------------------------------------------------

function controlValue(c) {
  const input = $(`ctl-${c.key}`);
  return input.value;
}

function buildControls(entry) {
  const box = $('controls');
  box.textContent = '';
  for (const c of entry.controls) {
    const div = document.createElement('div');
    div.className = 'control';
    div.dataset.key = c.key;
    const label = document.createElement('label');
    label.htmlFor = `ctl-${c.key}`;
    label.textContent = c.label;
    let input;
    if (c.choices) {
      input = document.createElement('select');
      for (const choice of c.choices) input.add(new Option(choice, choice));
      input.value = c.value;
    } else {
      input = document.createElement('input');
      input.type = 'range';
      input.min = c.min; input.max = c.max; input.step = c.step;
      input.value = c.value;
      const out = document.createElement('output');
      out.textContent = input.value;
      input.addEventListener('input', () => { out.textContent = input.value; });
      label.append(out);
    }
    input.id = `ctl-${c.key}`;
    input.title = c.key;
    const error = document.createElement('div');
    error.className = 'error';
    error.dataset.for = c.key;
    div.append(label, input, error);
    box.append(div);
  }
  $('seed').value = entry.seed;
  const bKey = $('b-key');
  bKey.textContent = '';
  for (const c of entry.controls) bKey.add(new Option(c.label, c.key));
  $('ab').disabled = entry.controls.length === 0;
  if (entry.controls.length === 0) $('ab').checked = false;
  suggestB();
  $('ab-choice').hidden = !$('ab').checked;
  $('description').textContent = entry.description;
}

// B's default: the other choice, or the far end of the slider from A's value.
function suggestB() {
  const c = app.scenario && app.scenario.controls.find((x) => x.key === $('b-key').value);
  if (!c) return;
  const a = controlValue(c);
  if (c.choices) $('b-value').value = c.choices.find((x) => x !== a) || a;
  else $('b-value').value = (Number(a) - c.min < c.max - Number(a)) ? c.max : c.min;
}

function clearErrors() {
  for (const e of document.querySelectorAll('.error')) e.textContent = '';
  for (const c of document.querySelectorAll('.control.bad')) c.classList.remove('bad');
}

function showErrors(error) {
  const list = error.errors && error.errors.length ? error.errors : [{key: '', message: error.message}];
  for (const e of list) {
    const box = document.querySelector(`.error[data-for="${CSS.escape(e.key)}"]`) ||
                document.querySelector('.error[data-for=""]');
    box.textContent = (box.textContent ? box.textContent + '\n' : '') + e.message;
    const control = box.closest('.control');
    if (control) control.classList.add('bad');
  }
}

// ---- charts -----------------------------------------------------------------------------

// Vertical markers (the tipping step) drawn over a chart: chart.$markers = [{x, text}].
const markerPlugin = {
  id: 'markers',
  afterDatasetsDraw(chart) {
    const {ctx, chartArea, scales} = chart;
    for (const m of chart.$markers || []) {
      const x = scales.x.getPixelForValue(m.x);
      if (x < chartArea.left || x > chartArea.right) continue;
      ctx.save();
      ctx.strokeStyle = m.colour; ctx.setLineDash(m.dash || []);
      ctx.beginPath(); ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
      ctx.fillStyle = m.colour; ctx.font = '11px sans-serif';
      ctx.fillText(m.text, Math.min(x + 3, chartArea.right - 90), chartArea.top + 12 + (m.row || 0) * 13);
      ctx.restore();
    }
  },
};
Chart.register(markerPlugin);

const sum = (row) => row.reduce((a, b) => a + b, 0);

// What to chart for a model, from its series' specs: [{title, unit, lines: [{label, y(rows, r)}],
// tipping: (rows, r) => share of states adopting, for the tipping marker}].
function chartPlan(model, specs, world) {
  if (model === 'cybernorms') return cyberPlan(specs, world);
  if (model === 'axelrod') {
    return [
      {title: 'Mean boldness and vengefulness', unit: 'probability', lines: [
        {label: 'boldness', y: (s, r) => s.mean_boldness[r][0]},
        {label: 'vengefulness', y: (s, r) => s.mean_vengefulness[r][0]}]},
      {title: 'Mean score', unit: 'payoff', lines: [{label: 'score', y: (s, r) => s.mean_score[r][0]}]},
      {title: 'Defections and punishments', unit: 'events', lines: [
        {label: 'defections', y: (s, r) => s.defections[r][0]},
        {label: 'punishments', y: (s, r) => s.punishments[r][0]},
        {label: 'meta-punishments', y: (s, r) => s.meta_punishments[r][0]}]},
    ];
  }
  return Object.values(specs).filter((s) => s.labels.length <= 10).map((s) => ({
    title: s.description, unit: s.unit,
    lines: (s.labels.length ? s.labels : [s.name]).map((label, c) => ({label, y: (x, r) => x[s.name][r][c]})),
  }));
}

function cyberPlan(specs, world) {
  const norms = specs.violations.labels;
  const initiatives = specs.memberships.labels;
  const col = (k, kind, stage) => (k * 2 + kind) * 3 + stage;
  const hasFirms = world.groups.some((g) => g.states.some((s) => sum(s.firms) > 0));
  const plan = [];
  norms.forEach((norm, k) => {
    const adopting = (kind) => (s, r) => s.adoption_share_count[r][col(k, kind, 1)] +
                                         s.adoption_share_count[r][col(k, kind, 2)];
    const lines = [
      {label: 'states endorsing or implementing', y: adopting(0)},
      {label: 'states implementing', y: (s, r) => s.adoption_share_count[r][col(k, 0, 2)]},
    ];
    if (hasFirms) {
      lines.push({label: 'firms endorsing or implementing', y: adopting(1)});
      lines.push({label: 'firms implementing', y: (s, r) => s.adoption_share_count[r][col(k, 1, 2)]});
    }
    lines.push({label: 'one third (tipping)', y: () => TIPPING, guide: true});
    plan.push({title: `Adoption of ${norm}`, unit: 'share of agents', lines, tipping: adopting(0),
               max: 1});
  });
  plan.push({title: 'Mean trust between blocs', unit: '0..1',
             lines: [{label: 'trust', y: (s, r) => s.mean_trust[r][0]}]});
  plan.push({title: 'Violations and punishments (all norms)', unit: 'events per step', lines: [
    {label: 'violations', y: (s, r) => sum(s.violations[r])},
    {label: 'punishments', y: (s, r) => sum(s.punishments[r])},
    {label: 'false alarms', y: (s, r) => sum(s.false_alarms[r])},
    {label: 'meta-punishments', y: (s, r) => sum(s.meta_punishments[r])}]});
  if (!(initiatives.length === 1 && initiatives[0] === '(none)')) {
    plan.push({title: 'Members per initiative', unit: 'agents', lines: initiatives.map(
      (g, i) => ({label: g, y: (s, r) => s.memberships[r][i]}))});
    plan.push({title: 'Text specificity per initiative', unit: '0 vague .. 1 detailed', max: 1,
               lines: initiatives.map((g, i) => ({label: g, y: (s, r) => s.specificity[r][i]}))});
  } else {
    plan.hidden = 'No initiatives in this scenario: the membership and specificity charts are left out.';
  }
  plan.push({title: 'States that formalised each norm', unit: 'states', lines: norms.map(
    (n, k) => ({label: n, y: (s, r) => s.formalisations[r][k]}))});
  return plan;
}

function xOf(run, r) {
  const s = run.rows.step || run.rows.generation;
  return s ? s[r][0] : r;
}

function buildCharts() {
  for (const c of app.charts) c.chart.destroy();
  app.charts = [];
  const box = $('charts');
  box.textContent = '';
  const a = app.runs[0];
  const plan = chartPlan(app.model, a.specs, a.world);
  $('hidden-charts').textContent = plan.hidden || '';
  const two = app.runs.length > 1;
  for (const item of plan) {
    const div = document.createElement('div');
    div.className = 'chart';
    const canvas = document.createElement('canvas');
    div.append(canvas);
    box.append(div);
    const datasets = [];
    app.runs.forEach((run, i) => {
      item.lines.forEach((line, j) => {
        if (line.guide && i > 0) return;
        datasets.push({
          label: line.guide ? line.label : (two ? `${'AB'[i]}: ` : '') + line.label,
          data: [], run: i, y: line.y,
          borderColor: line.guide ? '#888' : COLOURS[j % COLOURS.length],
          backgroundColor: line.guide ? '#888' : COLOURS[j % COLOURS.length],
          borderDash: line.guide ? [2, 3] : (i ? [6, 3] : []),
          borderWidth: line.guide ? 1 : 2, pointRadius: 0, tension: 0,
        });
      });
    });
    const chart = new Chart(canvas, {
      type: 'line',
      data: {datasets},
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, normalized: true,
        scales: {
          x: {type: 'linear', title: {display: true, text: a.specs.generation ? 'generation' : 'step'}},
          y: {title: {display: true, text: item.unit}, beginAtZero: true,
              ...(item.max ? {max: item.max} : {})},
        },
        plugins: {title: {display: true, text: item.title},
                  legend: {labels: {boxWidth: 12, font: {size: 11}}}},
      },
    });
    chart.$markers = [];
    app.charts.push({chart, item, tipped: app.runs.map(() => false)});
  }
}

function updateCharts() {
  for (const c of app.charts) {
    for (const d of c.chart.data.datasets) {
      const run = app.runs[d.run];
      const n = run.rows[Object.keys(run.rows)[0]].length;
      for (let r = d.data.length; r < n; ++r) d.data.push({x: xOf(run, r), y: d.y(run.rows, r)});
    }
    if (c.item.tipping) {
      app.runs.forEach((run, i) => {
        if (c.tipped[i]) return;
        const n = run.rows.step.length;
        for (let r = 0; r < n; ++r) {
          if (c.item.tipping(run.rows, r) >= TIPPING) {
            c.tipped[i] = true;
            c.chart.$markers.push({x: xOf(run, r), colour: '#c0392b', dash: i ? [6, 3] : [],
                                   row: i,
                                   text: `${app.runs.length > 1 ? 'AB'[i] + ' ' : ''}tips at step ${xOf(run, r)}`});
            break;
          }
        }
      });
    }
    c.chart.update('none');
  }
}

// ---- state from the server --------------------------------------------------------------

function absorb(state, fresh) {
  if (fresh) {
    app.runs = state.runs.map(() => ({rows: {}, specs: {}, events: 0}));
    $('ticker').textContent = '';
  }
  state.runs.forEach((s, i) => {
    const run = app.runs[i];
    for (const series of s.series) {
      if (fresh) { run.specs[series.name] = series; run.rows[series.name] = []; }
      run.rows[series.name].push(...series.rows);
    }
    run.done = s.steps_done; run.total = s.steps_total; run.seed = s.seed; run.world = s.world;
    for (const e of s.ticker) {
      const li = document.createElement('li');
      li.textContent = `${state.runs.length > 1 ? 'AB'[i] + ', ' : ''}step ${e.step}: ${e.text}`;
      $('ticker').prepend(li);
    }
    run.events += s.ticker.length;
  });
  if (fresh) buildCharts();
  updateCharts();
  drawWorld();
  const a = app.runs[0];
  $('status').textContent = `step ${a.done} of ${a.total} · seed ${a.seed}` +
                            (app.runs.length > 1 ? ' · A solid, B dashed' : '');
  $('status').dataset.steps = a.done;
}

function drawWorld() {
  const worlds = app.runs.map((r) => r.world).filter((w) => w);
  $('world-section').hidden = worlds.length === 0;
  if (!worlds.length) return;
  const select = $('world-norm');
  if (select.options.length !== worlds[0].norms.length) {
    select.textContent = '';
    worlds[0].norms.forEach((n, k) => select.add(new Option(n, k)));
  }
  const box = $('world');
  box.textContent = '';
  worlds.forEach((w, i) => {
    let heaviest = 0;
    for (const g of w.groups) for (const s of g.states) heaviest = Math.max(heaviest, s.weight);
    for (const g of w.groups) {
      const div = document.createElement('div');
      div.className = 'group';
      const h = document.createElement('h3');
      h.textContent = `${worlds.length > 1 ? 'AB'[i] + ': ' : ''}${w.group_by} ${g.name} (${g.states.length} states)`;
      const tiles = document.createElement('div');
      tiles.className = 'tiles';
      for (const s of g.states) {
        const side = Math.round(8 + 14 * Math.sqrt(heaviest > 0 ? s.weight / heaviest : 0));
        const tile = document.createElement('div');
        tile.className = 'tile';
        const square = document.createElement('div');
        square.className = `state stage${s.stage}`;
        square.style.width = square.style.height = `${side}px`;
        tile.append(square);
        const firms = sum(s.firms);
        if (firms > 0) {
          const strip = document.createElement('div');
          strip.className = 'firms';
          strip.style.width = `${side}px`;
          s.firms.forEach((n, stage) => {
            const part = document.createElement('span');
            part.className = `stage${stage}`;
            part.style.flex = String(n);
            strip.append(part);
          });
          tile.append(strip);
        }
        tile.title = `state ${s.agent}: ${['none', 'endorsed', 'implemented'][s.stage]}` +
                     (firms ? `; home firms none ${s.firms[0]}, endorsed ${s.firms[1]}, implemented ${s.firms[2]}` : '');
        tiles.append(tile);
      }
      div.append(h, tiles);
      box.append(div);
    }
  });
}

// ---- buttons ----------------------------------------------------------------------------

async function withSession(call) {
  try {
    return await call();
  } catch (e) {
    if (e.status !== 404 || !e.message.startsWith('unknown or expired session')) throw e;
    app.session = (await api('api/session', {})).session;   // the old one was cleaned up
    sessionStorage.setItem('normsim_session', app.session);
    return call();
  }
}

function setupBody() {
  const values = {};
  for (const c of app.scenario.controls) values[c.key] = controlValue(c);
  const body = {session: app.session, scenario: app.scenario.id, values, seed: $('seed').value};
  if ($('ab').checked) body.b = {key: $('b-key').value, value: $('b-value').value};
  return body;
}

async function setup() {
  pause();
  clearErrors();
  app.busy = true;
  ++app.generation;
  try {
    if (app.loop) await app.loop;  // its last step lands before the new run is set up
    const state = await withSession(() => api('api/setup', setupBody()));
    app.model = app.scenario.model;
    $('saved').textContent = '';
    absorb(state, true);
  } catch (e) {
    showErrors(e);
  } finally {
    app.busy = false;
    refreshButtons();
  }
}

async function step(n) {
  if (!app.runs.length || app.busy) return false;
  const generation = app.generation;
  const a = app.runs[0];
  const body = {session: app.session, steps: n, since: a.rows.step ? a.rows.step.length : a.rows[Object.keys(a.rows)[0]].length,
                events: app.runs.map((r) => r.events), norm: Number($('world-norm').value || 0)};
  const state = await api('api/step', body);
  if (generation !== app.generation) return false;
  absorb(state, false);
  return app.runs.some((r) => r.done < r.total);
}

async function go() {
  if (app.loop || app.busy) return;
  app.running = true;
  refreshButtons();
  app.loop = (async () => {
    while (app.running) {
      const [n, wait] = SPEEDS[Number($('speed').value) - 1];
      let more = false;
      try {
        more = await step(n);
      } catch (e) {
        showErrors(e);
        break;
      }
      if (!more) break;
      await new Promise((done) => setTimeout(done, wait));
    }
  })();
  await app.loop;
  app.loop = null;
  app.running = false;
  refreshButtons();
}

function pause() {
  app.running = false;
  refreshButtons();
}

async function save() {
  clearErrors();
  try {
    const saved = await api('api/save', {session: app.session});
    const box = $('saved');
    box.textContent = '';
    saved.files.forEach((f, i) => {
      const tag = saved.files.length > 1 ? `${'AB'[i]}: ` : '';
      const report = document.createElement('a');
      report.href = f.report; report.target = '_blank'; report.textContent = `${tag}open the report`;
      const h5 = document.createElement('a');
      h5.href = f.h5; h5.textContent = `${tag}download ${f.path.split('/').pop()} (saved in ${f.path})`;
      box.append(report, h5);
    });
  } catch (e) {
    showErrors(e);
  }
}

function refreshButtons() {
  $('go').disabled = app.running || !app.runs.length;
  $('pause').disabled = !app.running;
  $('step').disabled = app.running || !app.runs.length;
  $('setup').disabled = app.busy;
  $('save').disabled = app.running || !app.runs.length;
}

function chooseScenario(id) {
  app.scenario = app.catalogue.find((s) => s.id === id);
  $('scenario').value = id;
  buildControls(app.scenario);
  setup();
}

async function start() {
  const data = await api('api/scenarios');
  app.catalogue = data.scenarios;
  const select = $('scenario');
  const groups = {};
  for (const s of app.catalogue) {
    if (!groups[s.group]) { groups[s.group] = document.createElement('optgroup'); groups[s.group].label = s.group; select.append(groups[s.group]); }
    groups[s.group].append(new Option(s.id.replace(/^(teaching|pathway)\//, ''), s.id));
  }
  app.session = sessionStorage.getItem('normsim_session') || (await api('api/session', {})).session;
  sessionStorage.setItem('normsim_session', app.session);
  const speed = () => { const [n, wait] = SPEEDS[Number($('speed').value) - 1];
                        $('speed-out').textContent = `${n} step${n > 1 ? 's' : ''} per ${wait} ms`; };
  $('speed').addEventListener('input', speed);
  speed();
  select.addEventListener('change', () => chooseScenario(select.value));
  $('setup').addEventListener('click', setup);
  $('go').addEventListener('click', go);
  $('pause').addEventListener('click', pause);
  $('step').addEventListener('click', () => { if (!app.loop) step(1).catch(showErrors); });
  $('save').addEventListener('click', save);
  $('ab').addEventListener('change', () => { $('ab-choice').hidden = !$('ab').checked; });
  $('b-key').addEventListener('change', suggestB);
  $('world-norm').addEventListener('change', () => step(0).catch(showErrors));
  // An open tab keeps its session while the class talks (the server drops silent ones).
  setInterval(() => { if (!app.loop && !app.busy) step(0).catch(() => {}); }, 60000);
  const wanted = new URLSearchParams(location.search).get('scenario');
  chooseScenario(app.catalogue.some((s) => s.id === wanted) ? wanted : app.catalogue[0].id);
}

start().catch((e) => { document.querySelector('.error[data-for=""]').textContent = e.message; });
