// The time bar: every dated event and fact on the canvas drawn over its span (a month as a month, a
// year as a year), and a window dragged across it that narrows the canvas to a period.

import { between, span, partial } from '../dates.js';

const NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 64;
const LANES = 6;
const DAY = 86_400_000;

function el(name, attributes = {}) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

export class TimeBar {
  constructor(svg, { onWindow, onPick }) {
    this.svg = svg;
    this.onWindow = onWindow;
    this.onPick = onPick;
    this.items = [];
    this.bounds = null;
    this.bindBrush();
  }

  items_(cy) {
    const items = [];
    cy.nodes('[date]').forEach((n) => { const s = span(n.data('date')); if (s) items.push({ id: n.id(), ...s, kind: 'event', label: n.data('label'), hidden: n.hasClass('filtered') }); });
    cy.edges().forEach((e) => {
      const s = between(e.data('since'), e.data('until'));
      if (s) items.push({ id: e.id(), ...s, kind: e.hasClass('contested') ? 'contested' : 'fact', label: e.data('caption'), hidden: e.hasClass('filtered') });
    });
    return items;
  }

  render(cy, window) {
    this.items = this.items_(cy);
    const svg = this.svg;
    svg.replaceChildren();
    const width = svg.clientWidth || 800;
    svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    if (!this.items.length) {
      const text = el('text', { x: 12, y: 34, class: 'tb-empty' });
      text.textContent = 'No dated event or fact on the canvas yet.';
      svg.append(text);
      this.bounds = null;
      return;
    }
    let min = Math.min(...this.items.map((i) => i.from));
    let max = Math.max(...this.items.map((i) => i.to));
    const pad = Math.max(DAY * 5, (max - min) * 0.04);
    min -= pad; max += pad;
    this.bounds = { min, max, width };
    const x = (t) => 8 + ((t - min) / (max - min)) * (width - 16);
    this.x = x;
    this.ticks(svg, min, max, width, x);
    const lanes = [];
    for (const item of [...this.items].sort((a, b) => a.from - b.from)) {
      let lane = lanes.findIndex((end) => end < item.from);
      if (lane < 0) { lane = lanes.length < LANES ? lanes.length : lanes.indexOf(Math.min(...lanes)); }
      lanes[lane] = item.to;
      const x1 = x(item.from);
      const w = Math.max(3, x(item.to) - x1);
      const rect = el('rect', { x: x1, y: 4 + lane * 7.5, width: w, height: 5.5, rx: 2, class: `tb-item tb-${item.kind}${item.hidden ? ' tb-hidden' : ''}`, 'data-id': item.id });
      const title = el('title');
      title.textContent = `${item.label} (${partial(item.from)} – ${partial(item.to)})`;
      rect.append(title);
      svg.append(rect);
    }
    if (window) {
      const a = Math.max(x(Math.max(window.from, min)), 0);
      const b = Math.min(x(Math.min(window.to, max)), width);
      svg.append(el('rect', { x: 0, y: 0, width: Math.max(0, a), height: HEIGHT - 14, class: 'tb-outside' }));
      svg.append(el('rect', { x: b, y: 0, width: Math.max(0, width - b), height: HEIGHT - 14, class: 'tb-outside' }));
      svg.append(el('rect', { x: a, y: 0, width: Math.max(1, b - a), height: HEIGHT - 14, class: 'tb-window' }));
    }
  }

  /** Month ticks over a long span, day ticks over a short one, thinned to fit. */
  ticks(svg, min, max, width, x) {
    const short = max - min < 75 * DAY;
    const ticks = [];
    const first = new Date(min);
    if (short) {
      for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + 1); d <= max; d += DAY) ticks.push(d);
    } else {
      for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); d <= max; d = Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth() + 1, 1)) ticks.push(d);
    }
    const every = Math.ceil(ticks.length / Math.max(1, Math.floor(width / 72)));
    ticks.forEach((t, i) => {
      if (i % every) return;
      const date = new Date(t);
      svg.append(el('line', { x1: x(t), x2: x(t), y1: 0, y2: HEIGHT - 14, class: 'tb-tick' }));
      const label = el('text', { x: x(t) + 3, y: HEIGHT - 3, class: 'tb-label' });
      label.textContent = short ? date.toLocaleString('en', { day: 'numeric', month: 'short', timeZone: 'UTC' })
        : date.toLocaleString('en', { month: 'short', timeZone: 'UTC' }) + (date.getUTCMonth() === 0 || i === 0 ? ' ' + date.getUTCFullYear() : '');
      svg.append(label);
    });
  }

  timeAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const { min, max, width } = this.bounds;
    const px = ((clientX - box.left) / box.width) * width;
    return min + ((px - 8) / (width - 16)) * (max - min);
  }

  bindBrush() {
    let start = null;
    let band = null;
    this.svg.addEventListener('pointerdown', (e) => {
      if (!this.bounds) return;
      const target = e.target.closest?.('.tb-item');
      if (target && !e.shiftKey) { this.onPick(target.dataset.id); return; }
      start = this.timeAt(e.clientX);
      this.svg.setPointerCapture(e.pointerId);
      band = el('rect', { x: 0, y: 0, width: 0, height: HEIGHT - 14, class: 'tb-window' });
      this.svg.append(band);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const a = this.x(Math.min(start, this.timeAt(e.clientX)));
      const b = this.x(Math.max(start, this.timeAt(e.clientX)));
      band.setAttribute('x', a);
      band.setAttribute('width', Math.max(1, b - a));
    });
    this.svg.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const end = this.timeAt(e.clientX);
      const [from, to] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      if (to - from < DAY) { band.remove(); return; }
      const precision = to - from > 120 * DAY ? 'month' : 'day';
      this.onWindow(partial(from, precision), partial(to, precision));
    });
  }
}
