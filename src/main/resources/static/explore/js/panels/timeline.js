// The timeline of the selected entity: its events in date order, as the API's timeline answers them,
// with the figures each event was given over time where the service knows them.

import { graphql, fieldsOf } from '../api.js';
import { h, replace } from '../dom.js';
import { readable } from '../dates.js';
import { humanType } from '../canvas.js';
import { quantity } from './details.js';

export async function renderTimeline(pane, node, { onShow }) {
  const kind = node.data('kindKey');
  if (!['person', 'organisation', 'prison'].includes(kind)) {
    replace(pane, h('p', { class: 'hint' }, 'Select a person, organisation or prison to see its events in date order.'));
    return;
  }
  replace(pane, h('p', { class: 'hint' }, 'Loading the timeline…'));
  const event = await fieldsOf('Event');
  const figures = event.has('figures') ? 'figures { asOf claimant { name } quantity { value unit qualifier } }' : '';
  let data;
  try {
    data = await graphql(`query Timeline($of: ID!) { timeline(of: $of) { id kind title date count { value unit qualifier } ${figures} } }`, { of: node.id() });
  } catch (error) {
    replace(pane, h('p', { class: 'error' }, error.message));
    return;
  }
  const events = data.timeline;
  replace(pane,
    h('h2', {}, `Timeline of ${node.data('label')}`),
    events.length ? h('ol', { class: 'timeline' }, events.map((e) => h('li', {},
      h('time', { datetime: e.date ?? '' }, e.date ? readable(e.date) : 'undated'),
      h('div', {},
        h('span', { class: 'tag' }, humanType(e.kind)), ' ',
        h('button', { type: 'button', class: 'link', onclick: () => onShow(e.id), title: 'Put this event on the canvas' }, e.title),
        e.count ? h('span', { class: 'small' }, ` · ${quantity(e.count)}`) : null,
        e.figures?.length ? h('ul', { class: 'figures' }, e.figures.map((f) => h('li', {},
          `${quantity(f.quantity)}${f.asOf ? ` as of ${readable(f.asOf)}` : ''}${f.claimant ? ` (${f.claimant.name})` : ''}`))) : null))))
      : h('p', { class: 'hint' }, 'No event is recorded for it.'));
}
