// The canvas: one Cytoscape instance, its stylesheet (style.js), layouts chosen by name, events bound
// once and passed on as the canvas's own events ('select', 'expand', 'menu', 'changed').

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { stylesheet, kindOf } from './style.js';

if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

const BIG = 250; // from here on, layouts do not animate and the viewport draws a texture while panning

export const LAYOUTS = {
  fcose: (big) => ({ name: window.cytoscapeFcose ? 'fcose' : 'cose', quality: big ? 'draft' : 'default', randomize: false,
    animate: !big, animationDuration: 400, nodeDimensionsIncludeLabels: true, idealEdgeLength: 110, nodeRepulsion: 9000,
    packComponents: true, numIter: big ? 1200 : 2500 }),
  breadthfirst: (big, roots) => ({ name: 'breadthfirst', directed: false, spacingFactor: 1.1, roots, animate: !big,
    animationDuration: 400, nodeDimensionsIncludeLabels: true }),
  concentric: (big) => ({ name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 30,
    animate: !big, animationDuration: 400, nodeDimensionsIncludeLabels: true }),
  grid: (big) => ({ name: 'grid', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: !big, animationDuration: 300 }),
};

export class Canvas extends EventTarget {
  constructor(container) {
    super();
    this.layoutName = 'fcose';
    this.container = container;
    this.pending = 0;
    container.setAttribute('aria-busy', 'false');
    this.cy = cytoscape({
      container, style: stylesheet(), minZoom: 0.05, maxZoom: 4,
      selectionType: 'single', boxSelectionEnabled: true, motionBlur: false,
    });
    this.bind();
  }

  bind() {
    const cy = this.cy;
    cy.on('dbltap', 'node', (e) => this.emit('expand', { node: e.target }));
    cy.on('select unselect', debounceFrame(() => this.emit('select', { selected: cy.$(':selected') })));
    cy.on('cxttap', 'node', (e) => this.emit('menu', { node: e.target, position: e.renderedPosition }));
    cy.on('tap', (e) => { if (e.target === cy) this.emit('background'); });
    cy.on('dragfree', 'node', () => this.emit('moved'));
    cy.on('add remove', debounceFrame(() => {
      this.tune();
      this.emit('changed');
    }));
  }

  /** Marks the canvas busy (aria-busy) while the work runs: a request, a layout. */
  async busy(work) {
    this.pending += 1;
    this.container.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      this.pending -= 1;
      if (!this.pending) {
        this.container.dataset.settled = String(Number(this.container.dataset.settled ?? 0) + 1);
        this.container.setAttribute('aria-busy', 'false');
      }
    }
  }

  emit(type, detail = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** Draws less while panning and zooming once the canvas is large, so 500 nodes stay smooth. */
  tune() {
    const big = this.cy.nodes().length > BIG;
    this.cy.renderer().hideEdgesOnViewport = big; // the renderer reads these on each frame
    this.cy.renderer().textureOnViewport = big;
  }

  /** Adds Cytoscape elements from the API, placing new nodes beside the node they were reached from. */
  add(elements, near) {
    const cy = this.cy;
    const fresh = [];
    const origin = near ? cy.getElementById(near).position() : null;
    for (const node of elements.nodes ?? []) {
      const existing = cy.getElementById(node.data.id);
      if (existing.nonempty()) { existing.data(decorateNode(node.data)); continue; }
      const position = origin ? { x: origin.x + (Math.random() - 0.5) * 120, y: origin.y + (Math.random() - 0.5) * 120 } : undefined;
      fresh.push({ group: 'nodes', data: decorateNode(node.data), position, classes: node.classes });
    }
    cy.batch(() => cy.add(fresh));
    const freshEdges = [];
    for (const edge of elements.edges ?? []) {
      const data = decorateEdge(edge.data);
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) { existing.data(data); existing.toggleClass('contested', !!data.contested); continue; }
      if (cy.getElementById(data.source).empty() || cy.getElementById(data.target).empty()) continue;
      freshEdges.push({ group: 'edges', data, classes: data.contested ? 'contested' : '' });
    }
    cy.batch(() => cy.add(freshEdges));
    return cy.collection(fresh.map((n) => cy.getElementById(n.data.id)));
  }

  layout(name = this.layoutName, { fresh } = {}) {
    this.layoutName = name;
    const cy = this.cy;
    const visible = cy.elements(':visible');
    if (visible.empty()) return Promise.resolve();
    const big = visible.nodes().length > BIG;
    const roots = cy.nodes('.root:visible');
    const options = LAYOUTS[name]?.(big, roots.nonempty() ? roots : undefined) ?? LAYOUTS.fcose(big);
    if (name === 'fcose' && (fresh === 'all' || cy.nodes().length === (fresh?.length ?? 0))) options.randomize = true;
    // fCoSE's draft quality is its spectral step alone, which needs random starting positions; without them it throws
    // (reading 'nodeIndexes') and never stops, so a large canvas laid out from where its nodes are takes the default quality.
    if (!options.randomize && options.quality === 'draft') options.quality = 'default';
    const layout = visible.layout({ ...options, fit: true, padding: 40 });
    return this.busy(() => {
      const done = new Promise((resolve) => layout.one('layoutstop', () => { this.clampZoom(); resolve(); }));
      layout.run();
      return done;
    });
  }

  /** Fits these elements (all visible ones by default) into view, never closer than a readable zoom. */
  fit(elements = this.cy.elements(':visible')) {
    this.cy.fit(elements, 50);
    this.clampZoom(elements);
  }

  /** A few nodes fitted to the canvas would be drawn huge: keep a readable zoom. */
  clampZoom(elements = this.cy.elements(':visible')) {
    if (this.cy.zoom() <= 1.25) return;
    this.cy.zoom(1.25);
    this.cy.center(elements);
  }

  positions() {
    return Object.fromEntries(this.cy.nodes().map((n) => [n.id(), roundPosition(n.position())]));
  }

  snapshot() {
    return this.cy.elements().jsons().map((j) => ({ group: j.group, data: j.data, position: j.position, classes: j.classes, locked: j.locked }));
  }

  restore(snapshot) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(snapshot.map(({ locked, ...rest }) => rest));
      snapshot.filter((j) => j.locked).forEach((j) => cy.getElementById(j.data.id).lock());
    });
  }
}

function roundPosition({ x, y }) {
  return { x: Math.round(x), y: Math.round(y) };
}

export function decorateNode(data) {
  const kindKey = kindOf(data);
  const count = data.claimCount ? ` · ${data.claimCount}` : '';
  return { ...data, kindKey, caption: kindKey === 'claim' ? truncate(data.label, 60) : `${data.label ?? data.id}${count}` };
}

export function decorateEdge(data) {
  const claims = data.claims ?? [];
  const sources = data.sources ?? [];
  const name = data.label ?? humanType(data.type);
  return { ...data, claims, sources, claimants: data.claimants ?? [], sourceCount: Math.max(1, sources.length),
    caption: claims.length ? `${name} · ${claims.length}` : name };
}

export function humanType(type) {
  return String(type ?? '').toLowerCase().replaceAll('_', ' ');
}

function truncate(text, length) {
  const s = String(text ?? '');
  return s.length > length ? s.slice(0, length - 1) + '…' : s;
}

function debounceFrame(fn) {
  let pending = false;
  return (...args) => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; fn(...args); });
  };
}
