// The analysts' dashboard: reads the JSON API of the sink (/api/...), keeps the view in the URL's hash so it can be
// shared, and polls every few seconds so new stories and windows appear without a reload. No network but this server.
'use strict';

(function () {
  const REFRESH_MS = 5000;
  const COLORS = ['#c0392b', '#2471a3', '#7d3c98', '#b9770e', '#138d75', '#566573'];
  const FILTERS = ['country', 'entity', 'type', 'from', 'to', 'granularity'];
  const $ = (id) => document.getElementById(id);

  let chart = null;
  let lastStories = '';
  let lastEscalation = '';
  let nextCursor = null;

  // ---- the view's state, in the hash: #country=IRN&dyad=IRN-USA&dyad=USA-IRN&granularity=day ...
  function readState() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const state = { dyads: params.getAll('dyad').map((d) => d.toUpperCase()).filter((d) => /^[A-Z]{3}-[A-Z]{3}$/.test(d)) };
    FILTERS.forEach((name) => { state[name] = params.get(name) || ''; });
    if (state.granularity !== 'hour') state.granularity = 'day';
    return state;
  }

  function hashOf(state) {
    const params = new URLSearchParams();
    FILTERS.forEach((name) => {
      if (state[name] && !(name === 'granularity' && state[name] === 'day')) params.set(name, state[name]);
    });
    state.dyads.forEach((d) => params.append('dyad', d));
    return '#' + params.toString();
  }

  function go(change) {
    const state = Object.assign(readState(), change);
    location.hash = hashOf(state);
  }

  // ---- the API
  async function api(path, params) {
    const query = params ? '?' + params.toString() : '';
    const response = await fetch(path + query, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function nextDay(day) {
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }

  function storyParams(state) {
    const params = new URLSearchParams();
    if (state.country) params.set('country', state.country.toUpperCase());
    if (state.entity) params.set('entity', state.entity);
    if (state.type) params.set('type', state.type.toUpperCase());
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', nextDay(state.to));   // the "to" day is included
    return params;
  }

  function status(text, error) {
    $('status').textContent = text;
    $('status').className = error ? 'error' : '';
  }

  // ---- escalation: timeline and risers
  async function loadEscalation(state) {
    const params = new URLSearchParams();
    state.dyads.forEach((d) => params.append('dyad', d));
    params.set('granularity', state.granularity);
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', nextDay(state.to));
    const escalation = await api('/api/escalation', params);
    const text = JSON.stringify(escalation);
    if (text === lastEscalation) return;
    lastEscalation = text;
    renderRisers(escalation.rising, state);
    renderTimeline(escalation, state);
  }

  function renderRisers(rising, state) {
    $('risers-now').textContent = rising.now.slice(0, 16).replace('T', ' ') + ' UTC';
    ['day', 'week'].forEach((period) => {
      const dyads = $('risers-' + period + '-dyads');
      dyads.replaceChildren();
      rising[period].dyads.forEach((r) => {
        const [source, target] = r.key.split('-');
        const link = anchor(source + ' → ' + target, hashOf(Object.assign({}, state, { dyads: [r.key] })));
        link.className = 'dyad-link';
        link.dataset.dyad = r.key;
        dyads.appendChild(riser(link, r));
      });
      if (!rising[period].dyads.length) dyads.appendChild(item('no rise', 'hint'));
      const countries = $('risers-' + period + '-countries');
      countries.replaceChildren();
      rising[period].countries.forEach((r) => {
        const link = anchor(r.key, hashOf(Object.assign({}, state, { country: r.key })));
        link.title = 'stories about ' + r.key;
        countries.appendChild(riser(link, r));
      });
    });
  }

  function riser(link, r) {
    const li = document.createElement('li');
    li.appendChild(link);
    li.appendChild(text(' '));
    const rise = document.createElement('span');
    rise.className = 'rise';
    rise.textContent = '+' + r.rise.toFixed(1);
    rise.title = 'conflict intensity ' + r.recent.toFixed(1) + ', before ' + r.previous.toFixed(1) + '; ' + r.events + ' events';
    li.appendChild(rise);
    if (r.alerts > 0) {
      const alerts = document.createElement('span');
      alerts.className = 'alerts';
      alerts.textContent = r.alerts + (r.alerts === 1 ? ' alert' : ' alerts');
      li.appendChild(text(' '));
      li.appendChild(alerts);
    }
    return li;
  }

  function renderTimeline(escalation, state) {
    renderChips(state);
    const container = $('timeline');
    $('timeline-range').textContent = escalation.from.slice(0, 10) + ' – ' + escalation.to.slice(0, 10) + ', per '
      + escalation.granularity;
    const step = escalation.granularity === 'hour' ? 3600e3 : 86400e3;
    const starts = [];
    for (let t = Date.parse(escalation.from); t < Date.parse(escalation.to) && starts.length < 2000; t += step) {
      starts.push(t);
    }
    const labels = starts.map((t) => new Date(t).toISOString().slice(0, escalation.granularity === 'hour' ? 13 : 10)
      .replace('T', ' ') + (escalation.granularity === 'hour' ? 'h' : ''));
    const datasets = [];
    let points = 0;
    let alerts = 0;
    escalation.series.forEach((series, i) => {
      const color = COLORS[i % COLORS.length];
      const byStart = new Map(series.points.map((p) => [Date.parse(p.start), p]));
      const at = starts.map((t) => byStart.get(t) || null);
      points += series.points.length;
      alerts += series.points.filter((p) => p.alert).length;
      const name = series.source + '→' + series.target;
      datasets.push({
        type: 'line', label: name + ' conflict intensity', yAxisID: 'intensity', borderColor: color,
        backgroundColor: color, data: at.map((p) => (p ? p.conflictIntensity : 0)), tension: 0.2,
        pointStyle: at.map((p) => (p && p.alert ? 'triangle' : 'circle')),
        pointRadius: at.map((p) => (p && p.alert ? 9 : 2)),
        pointBackgroundColor: at.map((p) => (p && p.alert ? '#c0392b' : color)),
      });
      datasets.push({
        type: 'bar', label: name + ' conflict events', yAxisID: 'events', stack: name,
        backgroundColor: color + '66', data: at.map((p) => (p ? p.verbalConflict + p.materialConflict : 0)),
      });
      datasets.push({
        type: 'bar', label: name + ' cooperation events', yAxisID: 'events', stack: name,
        backgroundColor: '#1e7d4666', data: at.map((p) => (p ? p.verbalCooperation + p.materialCooperation : 0)),
      });
    });
    container.dataset.dyads = escalation.series.map((s) => s.dyad).join(',');
    container.dataset.points = String(points);
    container.dataset.alerts = String(alerts);
    $('timeline-empty').hidden = escalation.series.length > 0;
    if (typeof Chart === 'undefined') {
      status('the chart library did not load', true);
      return;
    }
    if (chart) chart.destroy();
    chart = new Chart($('timeline-canvas'), {
      data: { labels, datasets },
      options: {
        animation: false, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
        scales: {
          intensity: { position: 'left', beginAtZero: true, title: { display: true, text: 'conflict intensity' } },
          events: { position: 'right', beginAtZero: true, stacked: true, grid: { drawOnChartArea: false },
            title: { display: true, text: 'events' }, ticks: { precision: 0 } },
          x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } },
        },
        plugins: {
          legend: { labels: { boxWidth: 12, font: { size: 11 } } },
          tooltip: { callbacks: { afterLabel: (ctx) => alertNote(escalation.series, starts, ctx) } },
        },
      },
    });
    container.dataset.rendered = 'true';
  }

  function alertNote(series, starts, ctx) {
    const s = series[Math.floor(ctx.datasetIndex / 3)];
    const point = s && s.points.find((p) => Date.parse(p.start) === starts[ctx.dataIndex]);
    if (!point || ctx.datasetIndex % 3 !== 0) return '';
    return (point.alert ? 'ALERT; ' : '') + 'baseline ' + (point.baseline == null ? '–' : point.baseline.toFixed(1))
      + ', ' + point.events + ' events, mean intensity ' + point.intensityMean.toFixed(1);
  }

  function renderChips(state) {
    const chips = $('dyad-chips');
    chips.replaceChildren();
    state.dyads.forEach((d) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = d.replace('-', ' → ');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.title = 'remove ' + d;
      remove.addEventListener('click', () => go({ dyads: readState().dyads.filter((x) => x !== d) }));
      chip.appendChild(remove);
      chips.appendChild(chip);
    });
  }

  // ---- stories
  async function loadStories(state, append) {
    const params = storyParams(state);
    params.set('limit', '20');
    if (append && nextCursor) params.set('cursor', nextCursor);
    const page = await api('/api/stories', params);
    const text = JSON.stringify(page);
    if (!append && text === lastStories) return;
    const list = $('stories');
    if (!append) {
      lastStories = text;
      list.replaceChildren();
    }
    page.stories.forEach((s) => list.appendChild(renderStory(s)));
    if (!list.children.length) list.appendChild(item('No stories match.', 'hint'));
    nextCursor = page.next;
    $('more').hidden = !page.next;
  }

  function renderStory(story) {
    const li = document.createElement('li');
    li.className = 'story';
    li.dataset.id = story.id;
    const mentions = [];
    story.entities.forEach((e) => (e.mentions || []).forEach((m) => mentions.push({ start: m.start, end: m.end, entity: e })));
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const h = document.createElement('h4');
    highlight(h, story.headline, 0, mentions);
    li.appendChild(h);
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = [story.storyTime.slice(0, 16).replace('T', ' ') + ' UTC', story.agency, story.dateline,
      story.countries.join(' '), 'v' + story.version, story.escalationScore == null ? null
        : 'escalation ' + story.escalationScore.toFixed(2)].filter(Boolean).join(' · ');
    li.appendChild(meta);
    const body = document.createElement('div');
    body.className = 'body';
    highlight(body, story.body, story.bodyOffset, mentions);
    li.appendChild(body);
    if (story.events.length) {
      const events = document.createElement('ul');
      events.className = 'events';
      story.events.forEach((e) => events.appendChild(renderEvent(e)));
      li.appendChild(events);
    }
    return li;
  }

  // Entity mentions are [start, end) offsets into headline + blank line + body; `offset` is where `text` starts.
  function highlight(element, text, offset, mentions) {
    let at = 0;
    mentions.forEach((m) => {
      const start = m.start - offset;
      const end = m.end - offset;
      if (start < at || end > text.length || start < 0) return;   // another part, or overlapping a previous one
      element.appendChild(document.createTextNode(text.slice(at, start)));
      const span = document.createElement('span');
      const e = m.entity;
      span.className = 'ent ent-' + (e.type || 'OTHER');
      span.textContent = text.slice(start, end);
      span.title = e.name + (e.country ? ' (' + e.country + ')' : '') + (e.role ? ', ' + e.role : '') + ' — ' + e.id;
      span.dataset.entity = e.id;
      span.addEventListener('click', () => go({ entity: e.id }));
      element.appendChild(span);
      at = end;
    });
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  function renderEvent(e) {
    const li = document.createElement('li');
    const side = (a) => (a ? a.text + (a.country ? ' [' + a.country + ']' : '') : '?');
    const kind = e.quad >= 3 ? 'conflict' : e.quad ? 'cooperation' : '';
    li.appendChild(text(side(e.source) + ' — '));
    const type = document.createElement('strong');
    type.className = kind;
    type.textContent = e.type;
    li.appendChild(type);
    li.appendChild(text(' — ' + side(e.target) + ' (' + (e.intensity == null ? '–' : (e.intensity > 0 ? '+' : '')
      + e.intensity.toFixed(1)) + ')'));
    const flags = ['negated', 'hypothetical', 'background'].filter((f) => e[f]);
    if (flags.length) {
      const flag = document.createElement('span');
      flag.className = 'flag';
      flag.textContent = ' ' + flags.join(', ');
      li.appendChild(flag);
    }
    return li;
  }

  async function loadEntities() {
    const { entities } = await api('/api/entities', new URLSearchParams({ limit: '100' }));
    const list = $('entity-list');
    list.replaceChildren();
    entities.forEach((e) => {
      const option = document.createElement('option');
      option.value = e.id;
      option.label = e.name + (e.country ? ' (' + e.country + ')' : '') + ' · ' + e.stories;
      list.appendChild(option);
    });
  }

  // ---- small DOM helpers
  function text(s) { return document.createTextNode(s); }
  function anchor(label, href) {
    const a = document.createElement('a');
    a.textContent = label;
    a.href = href;
    return a;
  }
  function item(label, className) {
    const li = document.createElement('li');
    li.textContent = label;
    li.className = className;
    return li;
  }

  // ---- wiring
  function fillForm(state) {
    FILTERS.forEach((name) => { $('f-' + name).value = state[name]; });
  }

  async function refresh(quiet) {
    const state = readState();
    try {
      await Promise.all([loadEscalation(state), loadStories(state, false)]);
      status('updated ' + new Date().toLocaleTimeString() + (quiet ? '' : ''));
    } catch (e) {
      status(String(e.message || e), true);
    }
  }

  function onHashChange() {
    lastStories = '';
    lastEscalation = '';
    fillForm(readState());
    refresh(false);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('filters').addEventListener('submit', (event) => {
      event.preventDefault();
      const change = {};
      FILTERS.forEach((name) => { change[name] = $('f-' + name).value.trim(); });
      go(change);
    });
    $('f-clear').addEventListener('click', () => { location.hash = ''; });
    const addDyad = () => {
      const d = $('dyad-input').value.trim().toUpperCase().replace(/\s*(→|>|\s)\s*/, '-');
      if (!/^[A-Z]{3}-[A-Z]{3}$/.test(d)) {
        status('a pair is two ISO codes such as IRN-USA', true);
        return;
      }
      $('dyad-input').value = '';
      const dyads = readState().dyads.filter((x) => x !== d).concat([d]);
      go({ dyads });
    };
    $('dyad-add').addEventListener('click', addDyad);
    $('dyad-input').addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addDyad(); } });
    $('more').addEventListener('click', () => loadStories(readState(), true).catch((e) => status(e.message, true)));
    window.addEventListener('hashchange', onHashChange);
    fillForm(readState());
    refresh(false);
    loadEntities().catch(() => {});
    setInterval(() => { if (!document.hidden) refresh(true); }, REFRESH_MS);
  });
})();
