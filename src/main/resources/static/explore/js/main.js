// The explore page: signs in, then wires the canvas, the panels and the URL state together. Each
// concern lives in its own module; this one only decides what happens when.

import { adoptTokenFromFragment, graphql, token } from './api.js';
import { Canvas, LAYOUTS } from './canvas.js';
import { $, h, replace, plural, debounce } from './dom.js';
import { neighbourhood, forgetNames, nameOf, EXPAND_LIMIT } from './graph.js';
import { readState, writeState, expansion, parseExpansion, emptyState } from './state.js';
import { KINDS, CONTESTED } from './style.js';
import { searchBox } from './panels/search.js';
import { nodeDetails, edgeDetails, renderNode, renderEdge } from './panels/details.js';
import { applyFilters, renderFilterPanel, timeWindow } from './panels/filters.js';
import { TimeBar } from './panels/timebar.js';
import { renderTimeline } from './panels/timeline.js';
import { PathPanel } from './panels/path.js';
import { NodeTable } from './panels/table.js';
import { NodeMenu } from './panels/menu.js';
import { listViews, openView, saveView, deleteView, renderViews, exportCanvas } from './panels/views.js';

const MAX_UNDO = 40;
const CANVAS_CAP = 1500; // past this the page refuses to add more, so it never stalls

let state = readState();
const canvas = new Canvas($('#canvas'));
const cy = canvas.cy;
window.casegraph = { cy, state: () => state }; // for people (and tests) who want to look from the console
const undo = [];
let savedName = '';

// ---- messages -------------------------------------------------------------------------------

let messageTimer;
function message(text, { kind = 'error', sticky = false } = {}) {
  const box = $('#message');
  box.className = `message ${kind}`;
  replace(box, h('span', {}, text), h('button', { type: 'button', class: 'icon', 'aria-label': 'Dismiss', onclick: () => { box.hidden = true; } }, '×'));
  box.hidden = false;
  clearTimeout(messageTimer);
  if (!sticky) messageTimer = setTimeout(() => { box.hidden = true; }, kind === 'error' ? 12_000 : 8_000);
}

function failed(error) {
  if (error.signIn) { signIn(error.message); return; }
  message(error.message);
}

// ---- sign-in --------------------------------------------------------------------------------

async function whoAmI() {
  const data = await graphql('{ viewer { name access } }');
  return data.viewer;
}

function signIn(reason) {
  token.clear();
  const dialog = $('#sign-in');
  const error = $('#sign-in-error');
  error.hidden = !reason;
  error.textContent = reason ?? '';
  if (!dialog.open) dialog.showModal();
  $('#token').focus();
}

$('#sign-in-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const secret = $('#token').value.trim();
  if (!secret) return;
  token.set(secret);
  try {
    const viewer = await whoAmI();
    $('#sign-in').close();
    $('#token').value = '';
    await start(viewer);
  } catch (error) {
    token.clear();
    const box = $('#sign-in-error');
    box.textContent = error.message;
    box.hidden = false;
  }
});
$('#sign-in').addEventListener('cancel', (e) => e.preventDefault());
$('#sign-out').addEventListener('click', () => {
  token.clear();
  forgetNames();
  cy.elements().remove();
  state = emptyState();
  writeState(state);
  $('#viewer').textContent = '';
  $('#sign-out').hidden = true;
  signIn();
});

// ---- what the canvas holds ------------------------------------------------------------------

function remember(label) {
  undo.push({ label, elements: canvas.snapshot(), state: structuredClone(state) });
  if (undo.length > MAX_UNDO) undo.shift();
  $('#undo').disabled = false;
  $('#undo').title = `Undo ${label} (Z)`;
}

function undoLast() {
  const last = undo.pop();
  if (!last) return;
  canvas.restore(last.elements);
  state = { ...last.state, saved: state.saved };
  $('#undo').disabled = !undo.length;
  $('#undo').title = undo.length ? `Undo ${undo.at(-1).label} (Z)` : 'Undo (Z)';
  controlsFromState();
  refresh();
  message(`Undone: ${last.label}.`, { kind: 'info' });
}

function tooBig(adding) {
  if (cy.nodes().length + adding <= CANVAS_CAP) return false;
  message(`The canvas holds ${cy.nodes().length} nodes; adding ${adding} more would pass ${CANVAS_CAP}. Remove some first, or expand by a single type.`);
  return true;
}

function putOnCanvas(entity) {
  return canvas.busy(() => putting(entity));
}

async function putting(entity) {
  if (cy.getElementById(entity.id).nonempty()) { focus(entity.id); return; }
  remember(`adding ${entity.name ?? entity.id}`);
  let elements;
  try {
    elements = (await neighbourhood(entity.id, { view: state.view, depth: 0, limit: 1 })).elements;
  } catch (error) {
    if (error.signIn) { failed(error); return; }
    elements = { nodes: [{ data: { id: entity.id, label: entity.name, kind: entity.kind } }], edges: [] };
  }
  const added = canvas.add(elements);
  added.addClass('root');
  if (!state.r.includes(entity.id)) state.r.push(entity.id);
  if (added.nonempty()) added.position(freeSpot(added));
  focus(entity.id);
  $('#canvas').focus({ preventScroll: true }); // so E, M, P act on it at once
  changed();
  canvasStatus(`${entity.name ?? entity.id} is on the canvas: double-click it (or press E) to expand, right-click for the counts by type.`);
}

function expand(node, types = [], options = {}) {
  return canvas.busy(() => expanding(node, Array.isArray(types) ? types : [], options));
}

async function expanding(node, types, { quiet = false, record = true } = {}) {
  if (tooBig(EXPAND_LIMIT)) return;
  if (record) remember(`expanding ${node.data('label')}`);
  node.addClass('loading');
  try {
    const answer = await neighbourhood(node.id(), { view: state.view, types });
    if (!cy.getElementById(node.id()).nonempty()) return;
    const added = canvas.add(answer.elements, node.id());
    const key = expansion(node.id(), types);
    if (!state.x.includes(key)) state.x.push(key);
    node.toggleClass('truncated', answer.truncated);
    const what = types.length ? types.map((t) => t.toLowerCase()).join(', ') : 'all relationship types';
    if (answer.truncated) {
      const leftOut = answer.leftOut ? `${answer.leftOut.toLocaleString('en')} more` : 'more';
      message(`${node.data('label')} is a hub: showing ${plural(added.length, 'new node')} (${what}); ${leftOut} left out. Right-click it to expand one relationship type at a time.`,
        { kind: 'warning', sticky: true });
    } else if (!quiet) {
      canvasStatus(added.length ? `${plural(added.length, 'node')} added around ${node.data('label')}.` : `Nothing more around ${node.data('label')} (${what}).`);
    }
    changed();
    if (added.nonempty()) await canvas.layout(state.layout, { fresh: added });
  } catch (error) {
    failed(error);
  } finally {
    node.removeClass('loading');
  }
}

/** The middle of the view, or the nearest place around it that no other node takes. */
function freeSpot(except) {
  const view = cy.extent();
  const centre = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
  const others = cy.nodes().not(except).map((n) => n.position());
  for (let step = 0; step < 60; step++) {
    const angle = step * 2.4;
    const radius = step ? 70 + step * 12 : 0;
    const spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    if (others.every((p) => Math.hypot(p.x - spot.x, p.y - spot.y) > 90)) return spot;
  }
  return centre;
}

function removeSelected(elements = cy.$(':selected')) {
  if (elements.empty()) return;
  remember(`removing ${plural(elements.length, 'element')}`);
  cy.remove(elements);
  changed();
}

function togglePin(nodes = cy.nodes(':selected')) {
  if (nodes.empty()) return;
  remember(nodes.length === 1 ? `pinning ${nodes.data('label')}` : 'pinning');
  const pin = nodes.some((n) => !n.locked());
  nodes.forEach((n) => { pin ? n.lock() : n.unlock(); n.toggleClass('pinned', pin); });
  changed();
}

function focus(id) {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.$(':selected').unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1), duration: 250 });
}

// ---- keeping everything in step -------------------------------------------------------------

function changed() {
  syncState();
  refresh();
}

function syncState() {
  state.n = cy.nodes().map((n) => n.id());
  state.r = state.r.filter((id) => cy.getElementById(id).nonempty());
  state.x = state.x.filter((x) => cy.getElementById(parseExpansion(x).id).nonempty());
  state.pin = cy.nodes(':locked').map((n) => n.id());
  state.sel = cy.$(':selected').map((e) => e.id()).slice(0, 20);
  writeState(state);
}

const refresh = debounce(async () => {
  const hidden = applyFilters(cy, state);
  $('#empty').hidden = cy.nodes().nonempty();
  const nodes = cy.nodes().length;
  const facts = cy.edges().length;
  replace($('#status'), `${plural(nodes, 'node')} · ${plural(facts, state.view === 'facts' ? 'fact' : 'edge')}`,
    hidden.edges + hidden.nodes ? h('span', { class: 'hidden-count' }, ` · ${hidden.nodes + hidden.edges} hidden by filters`) : '',
    status ? h('span', { class: 'note' }, ` · ${status}`) : '');
  timebar.render(cy, timeWindow(state));
  legend();
  table.render();
  try {
    await renderFilterPanel({ cy, state, hidden, lists: { sources: $('#sources'), claimants: $('#claimants') }, summary: $('#filter-summary'), onChange: filterChanged });
  } catch (error) {
    failed(error);
  }
}, 40);

let status = '';
function canvasStatus(text) {
  status = text;
  refresh();
}

function filterChanged(list, id, hide) {
  state[list] = hide ? [...new Set([...state[list], id])] : state[list].filter((x) => x !== id);
  changed();
}

function legend() {
  const kinds = new Set(cy.nodes().map((n) => n.data('kindKey')));
  const shown = Object.entries(KINDS).filter(([k]) => kinds.has(k) || ['person', 'organisation', 'prison', 'event'].includes(k));
  replace($('#legend'),
    shown.map(([, k]) => h('li', {}, h('span', { class: `glyph shape-${k.shape}`, style: `background:${k.colour}` }), k.label)),
    h('li', {}, h('span', { class: 'glyph', style: 'background:#fff;border:1px solid #9aa5b1' }), '“Foro Penal · 4”: a node and the claims about it'),
    h('li', {}, h('span', { class: 'line' }), '“leader · 2”: a fact and the claims behind it; thicker when more sources back it'),
    h('li', {}, h('span', { class: 'line dashed', style: `border-color:${CONTESTED}` }), 'contested: a claim behind it is contradicted'),
    h('li', {}, h('span', { class: 'glyph pinned' }), 'pinned in place'),
    h('li', {}, h('span', { class: 'glyph truncated' }), 'a hub shown in part (the cap)'));
}

function controlsFromState() {
  document.querySelectorAll('[data-view]').forEach((b) => b.setAttribute('aria-checked', String(b.dataset.view === state.view)));
  $('#layout').value = LAYOUTS[state.layout] ? state.layout : 'fcose';
  $('#min-sources').value = state.min;
  $('#colour-claimants').checked = state.colour;
  const window = state.from || state.to;
  $('#time-window').textContent = window ? `${state.from || '…'} to ${state.to || '…'}` : 'all dates';
  $('#time-clear').hidden = !window;
}

// ---- the selection --------------------------------------------------------------------------

let selectionTicket = 0;
async function showSelection(selected) {
  syncState();
  table.render();
  const ticket = ++selectionTicket;
  const pane = $('#pane-claims');
  if (selected.nodes().length === 2) paths.render(selected);
  if (selected.length !== 1) {
    replace(pane, h('p', { class: 'hint' }, selected.length
      ? `${plural(selected.length, 'element')} selected. Select one to see the claims behind it${selected.nodes().length === 2 ? ', or see how the two nodes connect in the Path tab' : ''}.`
      : 'Click a node or an edge to see the claims behind it.'));
    if (selected.nodes().length === 2) tab('path');
    return;
  }
  const element = selected[0];
  replace(pane, h('p', { class: 'hint' }, 'Loading who says so…'));
  try {
    if (element.isEdge()) {
      const details = await edgeDetails(element.data());
      if (ticket !== selectionTicket) return;
      renderEdge(pane, element.data(), details, { source: element.source().data('label'), target: element.target().data('label') });
    } else {
      const details = await nodeDetails(element.id());
      if (ticket !== selectionTicket) return;
      renderNode(pane, details, { onSelectClaim: (id) => putOnCanvas({ id }) });
      if (!$('#pane-timeline').hidden) renderTimeline($('#pane-timeline'), element, { onShow: (id) => putOnCanvas({ id }) });
    }
    if ($('#pane-claims').hidden && $('#pane-path').hidden === false && selected.nodes().length !== 2) tab('claims');
  } catch (error) {
    failed(error);
  }
}

function tab(name) {
  for (const t of ['claims', 'timeline', 'path']) {
    $(`#tab-${t}`).setAttribute('aria-selected', String(t === name));
    $(`#pane-${t}`).hidden = t !== name;
  }
  const selected = cy.$(':selected');
  if (name === 'timeline' && selected.length === 1 && selected[0].isNode()) renderTimeline($('#pane-timeline'), selected[0], { onShow: (id) => putOnCanvas({ id }) });
  if (name === 'path') paths.render(selected);
}

// ---- restoring a state (from the address, a saved view, or a switch of view) ----------------

function restore(target, options) {
  return canvas.busy(() => restoring(target, options));
}

async function restoring(target, { positions } = {}) {
  cy.elements().remove();
  state = { ...target, n: [...target.n], x: [...target.x], r: [...target.r] };
  controlsFromState();
  const keep = new Set(state.n);
  try {
    for (const text of state.x) {
      const { id, types } = parseExpansion(text);
      const answer = await neighbourhood(id, { view: state.view, types });
      canvas.add(answer.elements);
      if (answer.truncated) cy.getElementById(id).addClass('truncated');
    }
    const absent = [...new Set([...state.r, ...state.n])].filter((id) => cy.getElementById(id).empty());
    for (let i = 0; i < absent.length; i += 8) {
      const answers = await Promise.allSettled(absent.slice(i, i + 8).map((id) => neighbourhood(id, { view: state.view, depth: 0, limit: 1 })));
      answers.forEach((a) => { if (a.status === 'fulfilled') canvas.add(a.value.elements); });
    }
  } catch (error) {
    failed(error);
  }
  if (keep.size) cy.remove(cy.nodes().filter((n) => !keep.has(n.id())));
  state.r.forEach((id) => cy.getElementById(id).addClass('root'));
  const lost = state.n.filter((id) => cy.getElementById(id).empty());
  if (positions) {
    cy.nodes().forEach((n) => { if (positions[n.id()]) n.position(positions[n.id()]); });
    canvas.fit();
  } else {
    await canvas.layout(state.layout, { fresh: 'all' });
  }
  state.pin.forEach((id) => cy.getElementById(id).lock().addClass('pinned'));
  state.sel.forEach((id) => cy.getElementById(id).select());
  changed();
  return lost;
}

async function openSaved(id) {
  try {
    const view = await openView(id);
    if (!view) { message('That saved view does not exist (any more), or belongs to another token.'); return; }
    const saved = JSON.parse(view.state);
    const merged = new Map((view.merged ?? []).map((m) => [m.id, m.into]));
    const missing = new Set(view.missing ?? []);
    const map = (ids) => [...new Set((ids ?? []).filter((x) => !missing.has(x)).map((x) => merged.get(x) ?? x))];
    const target = { ...emptyState(), ...saved, saved: view.id };
    for (const key of ['n', 'r', 'hide', 'mute', 'sel', 'pin']) target[key] = map(saved[key]);
    target.x = (saved.x ?? []).map(parseExpansion).filter((e) => !missing.has(e.id)).map((e) => expansion(merged.get(e.id) ?? e.id, e.types));
    const positions = Object.fromEntries(Object.entries(saved.positions ?? {}).map(([k, v]) => [merged.get(k) ?? k, v]));
    savedName = view.name;
    await restore(target, { positions });
    const notes = [];
    if (merged.size) notes.push(`${plural(merged.size, 'node')} merged since it was saved: ${[...merged].map(([a, b]) => `${a} → ${b}`).join(', ')}`);
    if (missing.size) notes.push(`${plural(missing.size, 'node')} deleted since (or not visible to this token): ${[...missing].join(', ')}`);
    message(`Opened the saved view “${view.name}”.${notes.length ? ' ' + notes.join('; ') + '. The rest is shown.' : ''}`,
      { kind: notes.length ? 'warning' : 'info', sticky: notes.length > 0 });
    loadViews();
  } catch (error) {
    failed(error);
  }
}

async function loadViews() {
  try {
    renderViews($('#saved-views'), await listViews(), {
      current: state.saved, onOpen: openSaved,
      onDelete: async (v) => {
        if (!confirm(`Delete the saved view “${v.name}”?`)) return;
        try { await deleteView(v.id); if (state.saved === v.id) { state.saved = ''; writeState(state); } loadViews(); } catch (error) { failed(error); }
      },
    });
  } catch (error) {
    failed(error);
  }
}

// ---- controls -------------------------------------------------------------------------------

const timebar = new TimeBar($('#timebar-svg'), {
  onWindow: (from, to) => { state.from = from; state.to = to; controlsFromState(); changed(); },
  onPick: (id) => focus(id),
});
const table = new NodeTable($('#node-table'), cy);
const paths = new PathPanel($('#pane-path'), { cy, canvas, state: { get hide() { return state.hide; }, get view() { return state.view; }, onAdded: () => changed() }, onMessage: message });
const menu = new NodeMenu($('#node-menu'), { onExpand: (node, types) => expand(node, types), onPin: (node) => togglePin(node), onRemove: (node) => removeSelected(node), onMessage: message });

canvas.addEventListener('expand', (e) => expand(e.detail.node));
canvas.addEventListener('menu', (e) => menu.open(e.detail.node, e.detail.position, state.view));
canvas.addEventListener('select', (e) => showSelection(e.detail.selected));
canvas.addEventListener('moved', () => writeState(state));
canvas.addEventListener('background', () => menu.close());
cy.on('grab', 'node', () => { if (!cy.scratch('dragging')) { cy.scratch('dragging', true); remember('moving'); } });
cy.on('free', 'node', () => cy.scratch('dragging', false));

searchBox({ form: $('#search'), input: $('#search-text'), list: $('#search-results'), onChoose: putOnCanvas, onError: failed });

document.querySelectorAll('[data-view]').forEach((button) => button.addEventListener('click', async () => {
  if (state.view === button.dataset.view) return;
  remember(`switching to ${button.dataset.view}`);
  // The same searches and expansions, asked again in the other view: its nodes are not the same.
  await restore({ ...state, view: button.dataset.view, n: [], sel: [], pin: [] });
}));
$('#layout').addEventListener('change', (e) => { remember('the layout'); state.layout = e.target.value; writeState(state); canvas.layout(state.layout); });
$('#undo').addEventListener('click', undoLast);
$('#fit').addEventListener('click', () => canvas.fit());
$('#min-sources').addEventListener('change', (e) => { state.min = Math.max(1, Number(e.target.value) || 1); changed(); });
$('#colour-claimants').addEventListener('change', (e) => { state.colour = e.target.checked; changed(); });
$('#time-clear').addEventListener('click', () => { state.from = ''; state.to = ''; controlsFromState(); changed(); });
$('#help').addEventListener('click', () => $('#shortcuts').showModal());
for (const t of ['claims', 'timeline', 'path']) $(`#tab-${t}`).addEventListener('click', () => tab(t));
$('#table-toggle').addEventListener('click', () => toggleTable());

function toggleTable() {
  const panel = $('#table-panel');
  panel.hidden = !panel.hidden;
  $('#table-toggle').setAttribute('aria-expanded', String(!panel.hidden));
  table.render();
  cy.resize();
}

const exportButton = $('#export-button');
exportButton.addEventListener('click', () => {
  const open = $('#export-menu').hidden;
  $('#export-menu').hidden = !open;
  exportButton.setAttribute('aria-expanded', String(open));
  if (open) $('#export-menu button').focus();
});
$('#export-menu').addEventListener('click', async (e) => {
  const format = e.target.closest('[data-export]')?.dataset.export;
  if (!format) return;
  $('#export-menu').hidden = true;
  exportButton.setAttribute('aria-expanded', 'false');
  if (cy.nodes(':visible').empty()) { message('The canvas is empty: nothing to export.'); return; }
  try {
    await exportCanvas(format, cy);
    canvasStatus(format === 'png' ? 'The canvas was saved as a PNG.' : `The subgraph was exported (${format}).`);
  } catch (error) {
    failed(error);
  }
});

$('#save').addEventListener('click', () => {
  if (cy.nodes().empty()) { message('The canvas is empty: nothing to save.'); return; }
  $('#save-name').value = savedName || cy.nodes('.root').map((n) => n.data('label')).join(', ') || 'Untitled view';
  $('#save-dialog').showModal();
  $('#save-name').select();
});
$('#save-cancel').addEventListener('click', () => $('#save-dialog').close());
$('#save-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const name = $('#save-name').value.trim();
  if (!name) return;
  $('#save-dialog').close();
  syncState();
  const { saved, ...kept } = state;
  try {
    const view = await saveView({ id: savedName === name ? state.saved || undefined : undefined, name, state: { ...kept, positions: canvas.positions() }, ids: state.n });
    state.saved = view.id;
    savedName = view.name;
    writeState(state);
    message(`Saved as “${view.name}”. Its address: ${location.origin}/explore#saved=${view.id}`, { kind: 'info' });
    loadViews();
  } catch (error) {
    failed(error);
  }
});

document.addEventListener('keydown', (e) => {
  if (e.target.closest?.('input, textarea, select, dialog, [contenteditable]')) return;
  const selected = cy.nodes(':selected');
  const key = e.key.toLowerCase();
  if ((e.ctrlKey || e.metaKey) && key === 'z') { e.preventDefault(); undoLast(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const actions = {
    '/': () => $('#search-text').focus(),
    e: () => selected.forEach((n) => { expand(n); }),
    m: () => { if (selected.length === 1) menu.open(selected[0], selected[0].renderedPosition(), state.view); },
    p: () => togglePin(),
    delete: () => removeSelected(),
    backspace: () => removeSelected(),
    z: () => undoLast(),
    f: () => $('#fit').click(),
    l: () => { const names = Object.keys(LAYOUTS); $('#layout').value = names[(names.indexOf(state.layout) + 1) % names.length]; $('#layout').dispatchEvent(new Event('change')); },
    g: () => { tab('path'); $('#find-path')?.click(); },
    t: () => toggleTable(),
    s: () => $('#save').click(),
    '?': () => $('#shortcuts').showModal(),
    escape: () => { menu.close(); $('#export-menu').hidden = true; cy.$(':selected').unselect(); paths.clear(); },
  };
  const action = actions[key];
  if (action) { e.preventDefault(); action(); }
});
window.addEventListener('resize', debounce(() => { cy.resize(); refresh(); }, 150));

// ---- start ----------------------------------------------------------------------------------

async function start(viewer) {
  $('#viewer').textContent = `${viewer.name} · ${viewer.access.map((a) => a.toLowerCase()).join(', ')}`;
  $('#sign-out').hidden = false;
  loadViews();
  state = readState();
  if (state.saved) await openSaved(state.saved);
  else if (state.n.length || state.x.length) await restore(state);
  else { controlsFromState(); refresh(); }
}

async function boot() {
  adoptTokenFromFragment();
  state = readState();
  controlsFromState();
  refresh();
  if (!token.get()) { signIn(); return; }
  try {
    await start(await whoAmI());
  } catch (error) {
    signIn(error.signIn ? error.message : `The service did not answer as expected: ${error.message}`);
  }
}

// A link pasted into the address bar, or the browser's back and forward: follow the address.
window.addEventListener('hashchange', () => {
  if (new URLSearchParams(location.hash.slice(1)).has('token')) { forgetNames(); boot(); return; }
  const next = readState();
  if (next.saved && next.saved !== state.saved) openSaved(next.saved);
  else if (next.n.join() !== state.n.join() || next.view !== state.view) restore(next);
});

boot();
