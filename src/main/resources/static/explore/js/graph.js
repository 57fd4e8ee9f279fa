// What the canvas asks the API for: neighbourhoods as Cytoscape elements, the counts behind each
// relationship type before expanding, and names for the ids the edges carry (sources, claimants).

import { getJson, graphql } from './api.js';

export const EXPAND_LIMIT = 60; // nodes one expansion adds at most; the answer says how many were left out

export async function neighbourhood(of, { view = 'facts', depth = 1, limit = EXPAND_LIMIT, types = [] } = {}) {
  const answer = await getJson('/api/neighbourhood', { of, depth, limit, view, types: types.length ? types.join(',') : undefined });
  return { elements: answer.elements ?? { nodes: [], edges: [] }, truncated: !!answer.truncated, leftOut: answer.leftOut ?? null };
}

/** Counts per relationship type around a node, or null when the service cannot tell them. */
export async function expansions(of, view = 'facts') {
  try {
    const answer = await getJson('/api/expansions', { of, view });
    return Array.isArray(answer) ? answer : answer.expansions ?? null;
  } catch (error) {
    if (error.status === 404 && /no static resource|not found/i.test(error.message) && !/node/i.test(error.message)) return null;
    throw error;
  }
}

const NAMES = `query Names($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity { name kind }
    ... on Source { title publisher publishedOn url }
  }
}`;

const known = new Map();

/** Names of nodes by id (sources and claimants), asked for once each; ids this token may not see stay unnamed. */
export async function names(ids) {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += 100) {
    const batch = missing.slice(i, i + 100);
    const data = await graphql(NAMES, { ids: batch }, { partial: true }).then((r) => r.data);
    batch.forEach((id, index) => known.set(id, data?.nodes?.[index] ?? null));
  }
  return new Map(ids.map((id) => [id, known.get(id)]));
}

export function nameOf(id) {
  const node = known.get(id);
  return node?.name ?? node?.title ?? id;
}

export function forgetNames() {
  known.clear();
}
