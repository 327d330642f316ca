// The dashboard: plain JavaScript against the public GraphQL API, nothing loaded from elsewhere.
// A sign-in (POST /session with name and password) gives a token kept in this tab's sessionStorage and sent as
// Authorization: Bearer; reads work without it where the server allows anonymous reads.
'use strict';

const STATUS = { NOT_STARTED: '未启动', IN_PROGRESS: '推进中', DONE: '已完成', BLOCKED: '受阻' };
const ROLE = { LEAD: '牵头', CO_RESPONSIBLE: '配合' };
const SVG = 'http://www.w3.org/2000/svg';

let signedIn = null; // {token, name, role}
let currentTask = null;
let loaded = false; // every section has been loaded (reads may need a sign-in first)

// ---- helpers ---------------------------------------------------------------------------------------------------

/** An element with attributes (on* take functions) and children (strings become text, never HTML). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => { if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c)); });
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  children.flat().forEach(c => e.append(c instanceof Node ? c : String(c)));
  return e;
}

function $(id) { return document.getElementById(id); }

function show(text, error) {
  const m = $('message');
  m.textContent = text;
  m.className = error ? 'error' : '';
  m.hidden = !text;
}

function authHeaders() {
  return signedIn ? { Authorization: 'Bearer ' + signedIn.token } : {};
}

/** Runs a GraphQL request; a response with errors is thrown with their messages and classifications. */
async function gql(query, variables) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, authHeaders()),
    body: JSON.stringify({ query, variables: variables || {} })
  });
  let body;
  try { body = await response.json(); } catch (e) { throw new Error('HTTP ' + response.status); }
  if (body.errors && body.errors.length) {
    const err = new Error(body.errors.map(e => {
      const c = e.extensions && e.extensions.classification;
      return (c ? '[' + c + '] ' : '') + e.message;
    }).join('; '));
    err.classification = body.errors[0].extensions && body.errors[0].extensions.classification;
    throw err;
  }
  return body.data;
}

function guarded(fn) {
  return async (...args) => {
    try { await fn(...args); } catch (e) { show(e.message, true); }
  };
}

function names(units) { return units.map(u => u.name).join('、'); }

function statusText(t) { return STATUS[t.status] + (t.overdue ? '（逾期）' : ''); }

function taskLink(t) {
  return el('button', { type: 'button', class: 'link task-link', 'data-task': t.id, onclick: guarded(() => openTask(t.id)) },
    (t.number ? t.number + ' ' : '') + t.title);
}

const TASK_FIELDS = 'id number title deadline dueDate status overdue document { id title } '
  + 'leads { id name } coResponsible { id name }';

function taskTable(tasks, withDocument) {
  if (!tasks.length) return el('p', { class: 'empty' }, '无');
  return el('table', {},
    el('thead', {}, el('tr', {}, withDocument ? el('th', {}, '方案') : null, el('th', {}, '任务'),
      el('th', {}, '牵头单位'), el('th', {}, '配合单位'), el('th', {}, '完成时限'), el('th', {}, '状态'))),
    el('tbody', {}, tasks.map(t => el('tr', { class: t.overdue ? 'overdue' : null, 'data-task': t.id },
      withDocument ? el('td', {}, t.document.title || t.document.id) : null,
      el('td', {}, taskLink(t)), el('td', { class: 'leads' }, names(t.leads)),
      el('td', { class: 'co' }, names(t.coResponsible)), el('td', {}, t.deadline || t.dueDate || ''),
      el('td', { class: 'status' }, statusText(t))))));
}

// ---- charts (SVG drawn here) --------------------------------------------------------------------------------

/** Horizontal bars: rows of {label, values: [n, ...]} stacked with the classes given. */
function barChart(rows, classes, legend) {
  const width = 560, labelWidth = 220, bar = 18, gap = 6;
  const max = Math.max(1, ...rows.map(r => r.values.reduce((a, b) => a + b, 0)));
  const height = rows.length * (bar + gap) + 24;
  const s = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  rows.forEach((r, i) => {
    const y = i * (bar + gap);
    s.append(svg('text', { x: labelWidth - 6, y: y + bar - 5, 'text-anchor': 'end' },
      r.label.length > 16 ? r.label.slice(0, 15) + '…' : r.label));
    let x = labelWidth;
    r.values.forEach((v, j) => {
      const w = (width - labelWidth - 40) * v / max;
      s.append(svg('rect', { x, y, width: w, height: bar, class: classes[j] }, svg('title', {}, `${r.label}: ${v}`)));
      x += w;
    });
    s.append(svg('text', { x: x + 4, y: y + bar - 5, class: 'value' }, r.values.join(' / ')));
  });
  if (legend) s.append(svg('text', { x: labelWidth, y: height - 6 }, legend));
  return s;
}

/** Vertical bars of {label, value}. */
function columnChart(rows) {
  const width = Math.max(200, rows.length * 48 + 20), height = 180, base = 150;
  const max = Math.max(1, ...rows.map(r => r.value));
  const s = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  rows.forEach((r, i) => {
    const h = (base - 20) * r.value / max, x = 10 + i * 48;
    s.append(svg('rect', { x, y: base - h, width: 36, height: h, class: 'bar' }, svg('title', {}, `${r.label}: ${r.value}`)));
    s.append(svg('text', { x: x + 18, y: base - h - 4, 'text-anchor': 'middle', class: 'value' }, r.value));
    s.append(svg('text', { x: x + 18, y: base + 16, 'text-anchor': 'middle' }, r.label));
  });
  return s;
}

/**
 * The accountability chain: the task, the units responsible for it, and the bodies they report to, column by column
 * (left to right), each node once.
 */
function chainGraph(task) {
  const columns = [[{ id: 'task', label: task.number + ' ' + task.title, kind: 'task' }]];
  const edges = [];
  const seen = new Map([['task', { col: 0, row: 0 }]]);
  const place = (id, label, col) => {
    if (seen.has(id)) return;
    while (columns.length <= col) columns.push([]);
    seen.set(id, { col, row: columns[col].length });
    columns[col].push({ id, label, kind: 'unit' });
  };
  const responsible = task.leads.map(u => [u, 'lead']).concat(task.coResponsible.map(u => [u, 'co']));
  responsible.forEach(([u, role]) => {
    place(u.id, u.name, 1);
    edges.push(['task', u.id, role]);
    for (let i = 1; i < u.chain.length; i++) {
      place(u.chain[i].id, u.chain[i].name, seen.get(u.chain[i - 1].id).col + 1);
      edges.push([u.chain[i - 1].id, u.chain[i].id, 'parent']);
    }
  });
  const colWidth = 230, boxW = 200, boxH = 30, rowH = 44;
  const height = Math.max(...columns.map(c => c.length)) * rowH + 10;
  const s = svg('svg', { width: columns.length * colWidth, height, id: 'chain-svg', role: 'img' });
  const at = id => { const p = seen.get(id); return { x: 5 + p.col * colWidth, y: 5 + p.row * rowH }; };
  const drawn = new Set();
  edges.forEach(([a, b, kind]) => {
    const key = a + '>' + b;
    if (drawn.has(key)) return;
    drawn.add(key);
    const p = at(a), q = at(b);
    s.append(svg('path', { class: 'edge' + (kind === 'co' ? ' co' : ''),
      d: `M${p.x + boxW},${p.y + boxH / 2} C${p.x + boxW + 15},${p.y + boxH / 2} ${q.x - 15},${q.y + boxH / 2} ${q.x},${q.y + boxH / 2}` }));
  });
  columns.forEach(col => col.forEach(n => {
    const p = at(n.id);
    s.append(svg('g', { class: 'node-' + n.kind, 'data-id': n.id },
      svg('rect', { x: p.x, y: p.y, width: boxW, height: boxH, rx: 4 }),
      svg('text', { x: p.x + 6, y: p.y + 19 }, n.label.length > 15 ? n.label.slice(0, 14) + '…' : n.label),
      svg('title', {}, n.label)));
  }));
  return s;
}

// ---- sections ---------------------------------------------------------------------------------------------------

async function loadOverview() {
  const d = await gql(`{
    stats { total overdue byStatus { key label count } }
    units(orderBy: WORKLOAD, first: 12) { id name workload { leads coResponsible overdue } }
    targets(first: 1) { byYear { year count } }
  }`);
  const figures = [['任务', d.stats.total], ['逾期', d.stats.overdue]]
    .concat(d.stats.byStatus.map(c => [STATUS[c.key] || c.key, c.count]));
  $('stats').replaceChildren(...figures.map(([k, v]) => el('div', { class: 'figure', 'data-key': k }, el('b', {}, v), k)));
  $('workload-chart').replaceChildren(barChart(d.units.map(u => ({ label: u.name,
    values: [u.workload.leads, u.workload.coResponsible] })), ['bar-lead', 'bar-co'], '深色：牵头　浅色：配合'));
  $('targets-chart').replaceChildren(columnChart(d.targets.byYear.map(y => ({ label: y.year === null ? '未定' : y.year,
    value: y.count }))));
}

async function searchUnits(ev) {
  ev.preventDefault();
  const text = $('unit-search-text').value.trim();
  const d = await gql(`query($s: String) { units(search: $s, first: 50) {
    id name region aliases workload { leads coResponsible overdue } } }`, { s: text });
  $('unit-detail').replaceChildren();
  $('unit-results').replaceChildren(...(d.units.length ? d.units.map(u => el('li', {},
    el('button', { type: 'button', class: 'link unit-link', onclick: guarded(() => openUnit(u.name, u.region)) }, u.name),
    ` ${u.region}　牵头 ${u.workload.leads}　配合 ${u.workload.coResponsible}　逾期 ${u.workload.overdue}`))
    : [el('li', {}, '没有找到单位：' + text)]));
}

async function openUnit(name, region) {
  const u = (await gql(`query($name: String!, $region: String) { unit(name: $name, region: $region) { id name region
      aliases chain { name } leads { ${TASK_FIELDS} } coResponsibleFor { ${TASK_FIELDS} } } }`,
  { name, region })).unit;
  if (!u) { show('单位已不存在', true); return; }
  $('unit-detail').replaceChildren(el('h3', { id: 'unit-name' }, u.name),
    el('p', {}, '别名：' + (u.aliases.join('、') || '无') + '　上级：' + u.chain.slice(1).map(c => c.name).join(' → ')),
    el('p', {}, el('button', { type: 'button', id: 'export-unit-csv',
      onclick: guarded(() => download('csv', { unit: u.name, region: u.region })) }, '导出该单位台账 CSV')),
    el('h4', {}, `牵头任务（${u.leads.length}）`), el('div', { id: 'unit-leads' }, taskTable(u.leads, true)),
    el('h4', {}, `配合任务（${u.coResponsibleFor.length}）`), el('div', { id: 'unit-co' }, taskTable(u.coResponsibleFor, true)));
}

async function loadPlans() {
  const d = await gql('{ documents { id title taskCount } }');
  const select = $('plan-select');
  select.replaceChildren(el('option', { value: '' }, '选择方案…'),
    ...d.documents.map(doc => el('option', { value: doc.id }, `${doc.title || doc.id}（${doc.taskCount}）`)));
}

async function openPlan() {
  const id = $('plan-select').value;
  ['export-plan-csv', 'export-plan-xlsx'].forEach(b => { $(b).disabled = !id; });
  if (!id) { $('plan-tasks').replaceChildren(); return; }
  const d = await gql(`query($id: ID!) { tasks(filter: { documentId: $id }, first: 100) { totalCount
    edges { node { ${TASK_FIELDS} } } } }`, { id });
  $('plan-tasks').replaceChildren(el('p', {}, `共 ${d.tasks.totalCount} 项任务`),
    taskTable(d.tasks.edges.map(e => e.node), false));
}

async function loadOrphans() {
  // a page at a time: a graph of many plans has thousands of orphans, more than one list may carry
  const d = await gql(`{ tasks(filter: { orphan: true }, first: 100) { totalCount
    edges { node { ${TASK_FIELDS} } } } }`);
  $('orphan-tasks').replaceChildren(el('p', {}, `共 ${d.tasks.totalCount} 项无责任单位`),
    taskTable(d.tasks.edges.map(e => e.node), true));
}

async function loadOverdue() {
  const d = await gql(`{ tasks(filter: { overdue: true }, sort: DEADLINE, first: 100) { totalCount
    edges { node { ${TASK_FIELDS} } } } }`);
  $('overdue-tasks').replaceChildren(el('p', {}, `共 ${d.tasks.totalCount} 项逾期`),
    taskTable(d.tasks.edges.map(e => e.node), true));
}

async function loadDuplicates() {
  const d = await gql('{ duplicateDocuments { first { id title } second { id title } similarity reason } }');
  const rows = d.duplicateDocuments;
  $('duplicate-documents').replaceChildren(rows.length ? el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, '文件一'), el('th', {}, '文件二'), el('th', {}, '依据'), el('th', {}, '相似度'))),
    el('tbody', {}, rows.map(p => el('tr', {}, el('td', {}, p.first.title || p.first.id),
      el('td', {}, p.second.title || p.second.id), el('td', {}, p.reason),
      el('td', {}, Math.round(p.similarity * 100) + '%'))))) : el('p', {}, '无'));
}

// Measures and duplicated tasks: pages of 20 measures and 50 pairs, each query well within the cost limit
// (policygraph.graphql.max-complexity; a measure's lists count 5 items each in the estimate).

const KIND = { DUPLICATE: '重复', OVERLAP: '重叠' };
const SCOPE = { PLAN: '同一方案', REGION: '同一地区' };
const MEASURES_PAGE = 20, PAIRS_PAGE = 50;
let measureFilter = {};
let measureCursor = null;
let pairCursor = null;

function title(doc) { return doc.title || doc.id; }

function conflictText(c) {
  const where = c.scope === 'PLAN' ? '同一方案《' + title(c.document) + '》' : '同一地区' + (c.region ? c.region.name : '');
  return `${where}：牵头单位 ${names(c.leads)} 不一致`;
}

function measureCard(m) {
  const conflicting = new Set(m.conflicts.flatMap(c => c.tasks.map(t => t.id)));
  return el('div', { class: 'measure' + (m.conflict ? ' conflict' : ''), 'data-measure': m.id },
    el('h3', {}, `${KIND[m.kind]}措施 · ${m.taskCount} 项任务 · ${m.documentCount} 个方案`,
      m.conflict ? el('span', { class: 'badge' }, '牵头冲突') : null),
    el('p', { class: 'regions' }, '地区：' + (m.regions.map(r => r.name).join('、') || '未定')),
    m.conflicts.length ? el('ul', { class: 'conflicts' }, m.conflicts.map(c => el('li', {}, conflictText(c)))) : null,
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, '方案'), el('th', {}, '任务'), el('th', {}, '牵头单位'),
        el('th', {}, '配合单位'))),
      el('tbody', {}, m.tasks.map(t => el('tr', { 'data-task': t.id, class: conflicting.has(t.id) ? 'conflicting' : null },
        el('td', { class: 'plan' }, title(t.document)), el('td', {}, taskLink(t)),
        el('td', { class: 'leads' }, names(t.leads) || '无'), el('td', { class: 'co' }, names(t.coResponsible)))))));
}

async function loadMeasures(more) {
  if (!more) measureCursor = null;
  const d = await gql(`query($filter: MeasureFilter, $first: Int, $after: String, $region: String) {
    measures(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id kind taskCount documentCount conflict regions { name }
        conflicts { scope region { name } document { id title } tasks { id } leads { name } }
        tasks { id number title document { id title } leads { name } coResponsible { name } } } } }
    ownershipConflicts(region: $region, first: 1) { totalCount } }`,
  { filter: measureFilter, first: MEASURES_PAGE, after: measureCursor, region: measureFilter.region || null });
  const page = d.measures;
  measureCursor = page.pageInfo.endCursor;
  $('measure-summary').textContent = `共 ${page.totalCount} 项措施`
    + (measureFilter.unit ? '' : `；${measureFilter.region || '各地'}牵头冲突 ${d.ownershipConflicts.totalCount} 处`);
  const cards = page.edges.map(e => measureCard(e.node));
  if (more) $('measure-list').append(...cards);
  else $('measure-list').replaceChildren(...(cards.length ? cards : [el('p', { class: 'empty' }, '无')]));
  $('measure-more').hidden = !page.pageInfo.hasNextPage;
}

async function filterMeasures(ev) {
  ev.preventDefault();
  const region = $('measure-region').value.trim(), unit = $('measure-unit').value.trim();
  measureFilter = {};
  if (region) measureFilter.region = region;
  if (unit) measureFilter.unit = unit;
  await loadMeasures(false);
}

function pairTask(t) {
  return el('td', { class: 'pair-task' }, el('span', { class: 'plan' }, title(t.document)), el('br', {}), taskLink(t),
    el('br', {}), el('span', { class: 'leads' }, '牵头：' + (names(t.leads) || '无')));
}

async function loadDuplicateTasks(more) {
  if (!more) pairCursor = null;
  const fields = 'id number title document { id title } leads { name }';
  const d = await gql(`query($first: Int, $after: String) { duplicateTasks(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { first { ${fields} } second { ${fields} } kind scope score region { name } } } } }`,
  { first: PAIRS_PAGE, after: pairCursor });
  const page = d.duplicateTasks;
  pairCursor = page.pageInfo.endCursor;
  $('duplicate-task-summary').textContent = `共 ${page.totalCount} 对`;
  const rows = page.edges.map(e => e.node).map(p => el('tr', { 'data-first': p.first.id, 'data-second': p.second.id },
    el('td', {}, (p.region ? p.region.name : '') + ' ' + SCOPE[p.scope]), pairTask(p.first), pairTask(p.second),
    el('td', { class: 'kind' }, KIND[p.kind]), el('td', {}, Math.round(p.score * 100) + '%')));
  if (more && $('duplicate-task-table')) {
    $('duplicate-task-table').querySelector('tbody').append(...rows);
  } else {
    $('duplicate-task-list').replaceChildren(rows.length ? el('table', { id: 'duplicate-task-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '范围'), el('th', {}, '任务一'), el('th', {}, '任务二'),
        el('th', {}, '类型'), el('th', {}, '相似度'))), el('tbody', {}, rows)) : el('p', { class: 'empty' }, '无'));
  }
  $('duplicate-task-more').hidden = !page.pageInfo.hasNextPage;
}

async function openTask(id) {
  const d = await gql(`query($id: ID!) { task(id: $id) { id number title text deadline dueDate dueKind status overdue
    orphan document { id title } progress { status note asOf by }
    leads { id name chain { id name } } coResponsible { id name chain { id name } }
    history { action actor at summary } } }`, { id });
  const t = d.task;
  if (!t) { show('任务不存在：' + id, true); return; }
  currentTask = t;
  $('task').hidden = false;
  $('task-number').textContent = t.number;
  $('task-title').textContent = t.title;
  $('task-text').textContent = t.text;
  const facts = [['方案', t.document.title || t.document.id], ['牵头单位', names(t.leads) || '无'],
    ['配合单位', names(t.coResponsible) || '无'], ['完成时限', t.deadline || t.dueDate || '未定'],
    ['状态', statusText(t)]];
  if (t.progress) facts.push(['最近进展', `${t.progress.note || ''}（截至 ${t.progress.asOf}，${t.progress.by}）`]);
  $('task-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { 'data-fact': k }, v)]));
  $('task-chain').replaceChildren(chainGraph(t));
  $('task-history').replaceChildren(...t.history.map(c => el('li', {}, `${c.at.slice(0, 16).replace('T', ' ')}　${c.actor}　${c.summary}`)));
  $('task-edits').hidden = !(signedIn && (signedIn.role === 'COORDINATOR' || signedIn.role === 'ADMIN'));
  $('task').scrollIntoView();
}

async function refreshAll() {
  loaded = false;
  await Promise.all([loadOverview(), loadPlans(), loadOrphans(), loadOverdue(), loadDuplicates(), loadMeasures(false),
    loadDuplicateTasks(false)]);
  loaded = true;
}

// ---- edits -----------------------------------------------------------------------------------------------------

function payloadErrors(payload) {
  if (payload.errors.length) throw new Error(payload.errors.map(e => e.message).join('; '));
}

async function assign(ev) {
  ev.preventDefault();
  const d = await gql(`mutation($input: AssignResponsibilityInput!) { assignResponsibility(input: $input) {
      task { id } errors { message field } } }`,
    { input: { taskId: currentTask.id, unit: $('assign-unit').value.trim(), role: $('assign-role').value } });
  payloadErrors(d.assignResponsibility);
  show('已指定：' + $('assign-unit').value.trim());
  $('assign-unit').value = '';
  await openTask(currentTask.id);
  await Promise.all([loadOrphans(), loadOverview(), loadMeasures(false), loadDuplicateTasks(false)]);
}

async function reportProgress(ev) {
  ev.preventDefault();
  const input = { taskId: currentTask.id, status: $('progress-status').value, note: $('progress-note').value || null,
    asOf: $('progress-as-of').value || null };
  const d = await gql(`mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
      task { id status } errors { message field } } }`, { input });
  payloadErrors(d.reportProgress);
  show('已报告进展：' + STATUS[d.reportProgress.task.status]);
  $('progress-note').value = '';
  await openTask(currentTask.id);
  await Promise.all([loadOverdue(), loadOverview()]);
}

// ---- sign-in and export ----------------------------------------------------------------------------------------

async function signIn(ev) {
  ev.preventDefault();
  const name = $('sign-in-name').value, password = $('sign-in-password').value;
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(name + ':' + password)));
  const response = await fetch('session', { method: 'POST', headers: { Authorization: 'Basic ' + basic } });
  if (!response.ok) throw new Error('登录失败：用户名或密码不对');
  signedIn = await response.json();
  sessionStorage.setItem('policygraph.signIn', JSON.stringify(signedIn));
  $('sign-in-password').value = '';
  signedInChanged();
  show('已登录：' + signedIn.name);
  // where reads need an account (a server on another address than loopback), the sections load only now
  if (!loaded) await refreshAll();
}

async function signOut() {
  if (signedIn) await fetch('session', { method: 'DELETE', headers: authHeaders() }).catch(() => null);
  signedIn = null;
  sessionStorage.removeItem('policygraph.signIn');
  signedInChanged();
  show('已退出');
}

function signedInChanged() {
  $('sign-in').hidden = !!signedIn;
  $('signed-in').hidden = !signedIn;
  $('who').textContent = signedIn ? `${signedIn.name}（${signedIn.role}）` : '';
  if (currentTask) $('task-edits').hidden = !(signedIn && signedIn.role !== 'VIEWER');
}

/** Fetches the ledger with the sign-in token and saves it as a file. */
async function download(format, params) {
  if (!signedIn) throw new Error('导出台账需要先登录');
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const response = await fetch(`export/ledger.${format}?${query}`, { headers: authHeaders() });
  if (!response.ok) throw new Error('导出失败：HTTP ' + response.status);
  const blob = await response.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: `台账.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
  show(`已导出台账（${format.toUpperCase()}，${blob.size} 字节）`);
}

// ---- start -----------------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  try { signedIn = JSON.parse(sessionStorage.getItem('policygraph.signIn')); } catch (e) { signedIn = null; }
  signedInChanged();
  $('sign-in').addEventListener('submit', guarded(signIn));
  $('sign-out').addEventListener('click', guarded(signOut));
  $('unit-search').addEventListener('submit', guarded(searchUnits));
  $('plan-select').addEventListener('change', guarded(openPlan));
  $('assign-form').addEventListener('submit', guarded(assign));
  $('progress-form').addEventListener('submit', guarded(reportProgress));
  $('export-plan-csv').addEventListener('click', guarded(() => download('csv', { documentId: $('plan-select').value })));
  $('export-plan-xlsx').addEventListener('click', guarded(() => download('xlsx', { documentId: $('plan-select').value })));
  $('export-overdue-csv').addEventListener('click', guarded(() => download('csv', { overdue: true })));
  $('measure-filter').addEventListener('submit', guarded(filterMeasures));
  $('measure-more').addEventListener('click', guarded(() => loadMeasures(true)));
  $('duplicate-task-more').addEventListener('click', guarded(() => loadDuplicateTasks(true)));
  guarded(refreshAll)().then(() => document.body.setAttribute('data-ready', 'true'));
});
