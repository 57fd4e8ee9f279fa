// What the canvas looks like, as data: one entry per kind of node and edge, read by the Cytoscape
// stylesheet below and by the legend, so the two never disagree.

export const KINDS = {
  person: { label: 'Person', colour: '#2f6db5', shape: 'ellipse', glyph: 'person' },
  organisation: { label: 'Organisation', colour: '#2e8b57', shape: 'round-rectangle', glyph: 'building' },
  prison: { label: 'Prison', colour: '#6b4f3a', shape: 'rectangle', glyph: 'bars' },
  // round-diamond, not diamond: Cytoscape 3.33.1 finds no diamond node under the pointer at its centre, so it could not be clicked.
  event: { label: 'Event', colour: '#d9822b', shape: 'round-diamond', glyph: 'calendar' },
  charge: { label: 'Charge', colour: '#b23a48', shape: 'octagon', glyph: 'gavel' },
  claim: { label: 'Claim', colour: '#7a7a7a', shape: 'round-tag', glyph: 'quote' },
  source: { label: 'Source', colour: '#7048a8', shape: 'round-rectangle', glyph: 'document' },
  detention: { label: 'Detention', colour: '#8c6d5a', shape: 'round-triangle', glyph: 'bars' },
  role: { label: 'Role', colour: '#4f8f84', shape: 'round-triangle', glyph: 'person' },
};

/** Colour-blind-safe hues for claimants (Okabe–Ito, then Tol's muted), in the order claimants are met. */
export const CLAIMANT_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#882255',
  '#44aa99', '#999933', '#aa4499', '#332288', '#117733'];

export const CONTESTED = '#c0392b';

const GLYPHS = {
  person: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z"/>',
  building: '<path d="M4 21V5l8-3 8 3v16h-6v-5h-4v5z"/>',
  bars: '<path d="M3 3h18v2H3zm0 16h18v2H3zM5 5h2v14H5zm4 0h2v14H9zm4 0h2v14h-2zm4 0h2v14h-2z"/>',
  calendar: '<path d="M4 6h16v15H4zM7 2h2v5H7zm8 0h2v5h-2zM4 10h16v1.5H4z"/>',
  gavel: '<path d="M13 3l6 6-3 3-6-6zM9 7l6 6-2 2-6-6zM11 13l-8 8-1.5-1.5 8-8zM12 21h10v2H12z"/>',
  quote: '<path d="M4 11c0-4 2-6 6-7v3c-2 .6-3 2-3 4h3v7H4zm10 0c0-4 2-6 6-7v3c-2 .6-3 2-3 4h3v7h-6z"/>',
  document: '<path d="M5 2h9l5 5v15H5zM13 3v5h5M8 12h8v1.5H8zm0 4h8v1.5H8z"/>',
};

function icon(glyph) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="#ffffff">${GLYPHS[glyph]}</svg>`;
  return 'data:image/svg+xml;utf8,' + encodeURIComponent(svg);
}

export function kindOf(data) {
  return String(data.kind ?? '').toLowerCase();
}

export function stylesheet() {
  const byKind = Object.entries(KINDS).map(([kind, k]) => ({
    selector: `node[kindKey = "${kind}"]`,
    style: { 'background-color': k.colour, shape: k.shape, 'background-image': icon(k.glyph) },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)', 'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif', 'font-size': 11,
        color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        'text-background-shape': 'round-rectangle', 'min-zoomed-font-size': 7,
        width: 30, height: 30, 'background-color': '#888', 'background-width': '62%', 'background-height': '62%',
        'border-width': 1.5, 'border-color': '#ffffff', 'overlay-padding': 4,
      },
    },
    ...byKind,
    { selector: 'node[kindKey = "claim"]', style: { width: 20, height: 20, 'font-size': 9, 'text-max-width': 180 } },
    { selector: 'node[kindKey = "event"]', style: { width: 36, height: 36, 'background-width': '46%', 'background-height': '46%' } },
    { selector: 'node.root', style: { width: 40, height: 40, 'font-weight': 600, 'font-size': 12 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1d2733', 'border-style': 'double' } },
    { selector: 'node.truncated', style: { 'outline-width': 3, 'outline-color': '#d9822b', 'outline-style': 'dashed', 'outline-offset': 2 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sourceCount, 1, 4, 1.6, 4.5)', 'line-color': '#9aa5b1', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa5b1', 'arrow-scale': 0.8,
        label: 'data(caption)', 'font-size': 9.5, color: '#3b4754', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': 2,
        'text-background-shape': 'round-rectangle', 'text-border-width': 1, 'text-border-color': '#d5dbe1',
        'text-border-opacity': 1, 'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge[claimantColour]', style: { 'line-color': 'data(claimantColour)', 'target-arrow-color': 'data(claimantColour)' } },
    {
      selector: 'edge.contested',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], 'line-color': CONTESTED, 'target-arrow-color': CONTESTED,
        color: CONTESTED, 'text-border-color': CONTESTED },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2c94c' } },
    { selector: 'edge:selected', style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 5, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#f2b705', 'z-index': 20 } },
    { selector: 'edge.on-path', style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 6, 'z-index': 20, opacity: 1 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
