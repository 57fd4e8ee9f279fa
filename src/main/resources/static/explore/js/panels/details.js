// "Who says so": the panel for the selected node or edge, with its properties and every claim behind
// it (statement, verbatim quote, claimant, source, dates, what supports or contradicts it), and the
// disagreeing claims side by side with the reason.

import { graphql, fieldsOf } from '../api.js';
import { h, replace, plural } from '../dom.js';
import { readable, readableRange } from '../dates.js';
import { KINDS } from '../style.js';
import { humanType } from '../canvas.js';

const MAX_EDGE_CLAIMS = 50;

async function claimFields() {
  const claim = await fieldsOf('Claim');
  return `id statement quote claimedOn ${claim.has('asOf') ? 'asOf' : ''}
    claimant { id name kind } source { id title publisher url publishedOn }
    quantity { value unit qualifier }
    supports { id statement claimant { name } }
    contradicts { id statement claimant { name } source { title } }`;
}

async function contradictionFields() {
  const fields = await fieldsOf('Contradiction');
  return `reason ${fields.has('kind') ? 'kind' : ''} claims { CLAIM }`;
}

export async function nodeDetails(id) {
  const claim = await claimFields();
  const contradiction = (await contradictionFields()).replace('CLAIM', claim);
  const query = `query Node($id: ID!) {
    node(id: $id) {
      id __typename
      ... on Entity { name kind aliases description claimsAbout(first: 25) { totalCount edges { node { ${claim} } } } }
      ... on Person { nationality birthDate }
      ... on Organisation { category country }
      ... on Prison { region country }
      ... on Event { eventKind: kind title date count { value unit qualifier } claims { ${claim} } }
      ... on Charge { offence filedOn defendantCount { value unit qualifier } claims { ${claim} } }
      ... on Detention { since until person { name } prison { name } claims { ${claim} } }
      ... on Claim { ${claim} }
      ... on Source { title publisher url publishedOn sourceClaims: claims(first: 25) { totalCount edges { node { ${claim} } } } }
    }
    contradictions(about: $id, first: 20) { ${contradiction} }
  }`;
  const { data } = await graphql(query, { id }, { partial: true });
  return data;
}

export async function edgeDetails(edge) {
  const claim = await claimFields();
  const contradiction = (await contradictionFields()).replace('CLAIM', claim);
  const ids = edge.claims.slice(0, MAX_EDGE_CLAIMS);
  const contested = edge.contested ? ids.slice(0, 10) : [];
  const aliases = contested.map((_, i) => `c${i}: contradictions(about: $c${i}, first: 10) { ${contradiction} }`).join('\n');
  const variables = { ids, ...Object.fromEntries(contested.map((id, i) => [`c${i}`, id])) };
  const declared = contested.map((_, i) => `, $c${i}: ID!`).join('');
  const query = `query Edge($ids: [ID!]!${declared}) {
    nodes(ids: $ids) { id ... on Claim { ${claim} } }
    ${aliases}
  }`;
  const { data } = await graphql(query, variables, { partial: true });
  const seen = new Set();
  const contradictions = contested.flatMap((_, i) => data?.[`c${i}`] ?? []).filter((c) => {
    const key = c.claims.map((x) => x.id).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { claims: (data?.nodes ?? []).filter((c) => c?.statement), contradictions, more: edge.claims.length - ids.length };
}

export function renderNode(pane, data, { onSelectClaim } = {}) {
  const node = data?.node;
  if (!node) {
    replace(pane, h('p', { class: 'hint' }, 'This node is not there any more, or this token may not see it.'));
    return;
  }
  const kind = (node.__typename ?? '').toLowerCase();
  const title = node.name ?? node.title ?? node.offence ?? node.statement ?? node.id;
  const page = node.claimsAbout ?? node.sourceClaims;
  const claims = page?.edges.map((e) => e.node) ?? node.claims ?? (kind === 'claim' ? [node] : []);
  const total = page?.totalCount ?? claims.length;
  replace(pane,
    h('header', { class: 'detail-head' },
      h('span', { class: 'kind-chip', style: `background:${KINDS[kind]?.colour ?? '#888'}` }, KINDS[kind]?.label ?? node.__typename),
      h('h2', {}, title),
      h('code', { class: 'id' }, node.id)),
    properties(node),
    data.contradictions?.length ? disagreements(data.contradictions) : null,
    h('h3', {}, kind === 'source' ? `Claims in this source (${total})` : kind === 'claim' ? 'The claim' : `Claims about it (${total})`),
    claims.length ? h('ol', { class: 'claims' }, claims.map((c) => claimCard(c, onSelectClaim))) : h('p', { class: 'hint' }, 'No claim is recorded about it.'),
    total > claims.length ? h('p', { class: 'small' }, `The first ${claims.length} of ${total}; the API pages through the rest.`) : null);
}

export function renderEdge(pane, edge, details, endpoints) {
  replace(pane,
    h('header', { class: 'detail-head' },
      h('span', { class: 'kind-chip', style: `background:${edge.contested ? '#c0392b' : '#5b6775'}` }, humanType(edge.type)),
      h('h2', {}, `${endpoints.source} — ${edge.label ?? humanType(edge.type)} — ${endpoints.target}`),
      readableRange(edge.since, edge.until) ? h('p', { class: 'when' }, readableRange(edge.since, edge.until)) : null,
      h('p', { class: 'small' }, `${plural(edge.claims.length, 'claim')} from ${plural(edge.sources.length || 1, 'source')}`,
        edge.contested ? h('strong', { class: 'contested-text' }, ' · contested') : null)),
    details.contradictions.length ? disagreements(details.contradictions) : null,
    h('h3', {}, 'Who says so'),
    details.claims.length ? h('ol', { class: 'claims' }, details.claims.map((c) => claimCard(c))) : h('p', { class: 'hint' }, 'No claim of this fact is visible with this token.'),
    details.more > 0 ? h('p', { class: 'small' }, `${details.more} more claims are not listed here.`) : null);
}

function properties(node) {
  const rows = [];
  const add = (label, value) => { if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length)) rows.push([label, value]); };
  add('Also known as', node.aliases?.join(', '));
  add('Description', node.description);
  add('Category', node.category && humanType(node.category));
  add('Nationality', node.nationality);
  add('Born', readable(node.birthDate));
  add('Region', node.region);
  add('Country', node.country);
  add('Kind', node.__typename === 'Event' ? humanType(node.eventKind) : undefined);
  add('Date', readable(node.date));
  add('Count', quantity(node.count));
  add('Offence', node.__typename === 'Charge' ? node.offence : undefined);
  add('Filed', readable(node.filedOn));
  add('Defendants', quantity(node.defendantCount));
  add('Held', node.__typename === 'Detention' ? `${node.person?.name ?? ''} in ${node.prison?.name ?? 'an unknown place'}, ${readableRange(node.since, node.until)}` : undefined);
  add('Publisher', node.__typename === 'Source' ? node.publisher : undefined);
  add('Published', node.__typename === 'Source' ? readable(node.publishedOn) : undefined);
  if (node.__typename === 'Source' && node.url) rows.push(['Link', h('a', { href: node.url, target: '_blank', rel: 'noopener noreferrer' }, node.url)]);
  return rows.length ? h('dl', { class: 'props' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null;
}

export function quantity(q) {
  if (!q) return undefined;
  const qualifier = { EXACT: '', AT_LEAST: 'at least ', MORE_THAN: 'more than ', AT_MOST: 'at most ', APPROXIMATELY: 'about ' }[q.qualifier] ?? '';
  return `${qualifier}${Number(q.value).toLocaleString('en')} ${q.unit}`;
}

export function claimCard(claim, onSelect) {
  const source = claim.source;
  return h('li', { class: 'claim', dataset: { id: claim.id } },
    h('p', { class: 'statement' }, claim.statement),
    claim.quote ? h('blockquote', { class: 'quote' }, `“${claim.quote}”`) : null,
    h('p', { class: 'attribution' },
      h('span', { class: 'claimant' }, claim.claimant?.name ?? 'Unknown claimant'),
      claim.claimedOn ? ` said on ${readable(claim.claimedOn)}` : ' said',
      claim.asOf ? `, as of ${readable(claim.asOf)}` : '',
      claim.quantity ? ` (${quantity(claim.quantity)})` : ''),
    source ? h('p', { class: 'source' }, 'in ',
      source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title) : h('cite', {}, source.title),
      source.publisher ? `, ${source.publisher}` : '',
      source.publishedOn ? `, ${readable(source.publishedOn)}` : '') : null,
    claim.supports?.length ? h('p', { class: 'links supports' }, 'Supports: ', claim.supports.map((s, i) => [i ? '; ' : '', `${s.claimant?.name ?? ''}: ${s.statement}`])) : null,
    claim.contradicts?.length ? h('p', { class: 'links contradicts' }, 'Contradicted by: ', claim.contradicts.map((s, i) => [i ? '; ' : '', `${s.claimant?.name ?? ''}: ${s.statement}`])) : null,
    onSelect ? h('button', { type: 'button', class: 'link', onclick: () => onSelect(claim.id) }, 'show on canvas') : null);
}

function disagreements(contradictions) {
  return h('section', { class: 'disagreements', 'aria-label': 'Where sources disagree' },
    h('h3', {}, `Where sources disagree (${contradictions.length})`),
    contradictions.map((c) => h('div', { class: 'disagreement' },
      h('p', { class: 'reason' }, c.kind ? h('span', { class: 'tag' }, humanType(c.kind)) : null, c.reason),
      h('div', { class: 'side-by-side' }, c.claims.map((claim) => h('div', { class: 'side' }, h('ol', { class: 'claims' }, claimCard(claim))))))));
}
