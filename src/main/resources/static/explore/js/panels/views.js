// Keep and share: saved views on the server (per token), reopened by their URL; exports of the canvas
// as PNG and of its subgraph through the export API, so the service's restrictions hold in the file.

import { graphql, download } from '../api.js';
import { h, replace } from '../dom.js';

const FIELDS = 'id name createdAt updatedAt';

export async function listViews() {
  try {
    return (await graphql(`{ savedViews { ${FIELDS} } }`)).savedViews;
  } catch (error) {
    if (/savedViews|FieldUndefined|Validation/i.test(error.message + error.classification)) return null;
    throw error;
  }
}

export async function openView(id) {
  const data = await graphql(`query Saved($id: ID!) { savedView(id: $id) { id name state missing merged { id into } } }`, { id });
  return data.savedView;
}

export async function saveView({ id, name, state, ids }) {
  const data = await graphql(`mutation Save($input: SaveViewInput!) { saveView(input: $input) { id name } }`,
    { input: { ...(id ? { id } : {}), name, state: JSON.stringify(state), ids } });
  return data.saveView;
}

export async function deleteView(id) {
  await graphql('mutation Delete($id: ID!) { deleteSavedView(id: $id) }', { id });
}

export function renderViews(list, views, { current, onOpen, onDelete }) {
  if (views === null) {
    replace(list, h('li', { class: 'hint' }, 'This service does not keep saved views; the address of this page holds the view.'));
    return;
  }
  replace(list, views.length ? views.map((v) => h('li', { class: v.id === current ? 'current' : '' },
    h('a', { href: `/explore#saved=${encodeURIComponent(v.id)}`, onclick: (e) => { e.preventDefault(); onOpen(v.id); } }, v.name),
    h('button', { type: 'button', class: 'icon', 'aria-label': `Delete the saved view ${v.name}`, title: 'Delete', onclick: () => onDelete(v) }, '×')))
    : h('li', { class: 'hint' }, 'None yet: Save keeps the canvas here.'));
}

export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportCanvas(format, cy) {
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'png') {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    saveFile(blob, `casegraph-${stamp}.png`);
    return blob;
  }
  const ids = cy.nodes(':visible').map((n) => n.id());
  const extension = { casegraph: 'json', ftm: 'ftm.jsonl', cytoscape: 'cyjs' }[format];
  const long = ids.join(',').length > 1500;
  const { blob } = await download('/api/export', { format, ids: long ? undefined : ids.join(',') }, { body: long ? { ids } : undefined });
  saveFile(blob, `casegraph-${stamp}.${extension}`);
  return blob;
}
