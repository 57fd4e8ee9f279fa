// The search box: the API's forgiving search (accents, case, a small typo), results as a listbox
// that the keyboard can walk; choosing one puts the entity on the canvas.

import { graphql } from '../api.js';
import { h, replace, debounce } from '../dom.js';
import { KINDS } from '../style.js';

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 8) { score entity { id name kind description } }
}`;

export function searchBox({ form, input, list, onChoose, onError }) {
  let hits = [];
  let active = -1;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const choose = (hit) => { close(); input.value = hit.entity.name; onChoose(hit.entity); };

  const render = () => {
    replace(list, hits.length
      ? hits.map((hit, i) => h('li', { role: 'option', id: `hit-${i}`, 'aria-selected': String(i === active), class: i === active ? 'active' : '',
        dataset: { id: hit.entity.id }, onmousedown: (e) => { e.preventDefault(); choose(hit); } },
        h('span', { class: `swatch kind-${hit.entity.kind.toLowerCase()}`, style: `background:${KINDS[hit.entity.kind.toLowerCase()]?.colour}` }),
        h('span', { class: 'hit-name' }, hit.entity.name),
        h('span', { class: 'hit-kind' }, KINDS[hit.entity.kind.toLowerCase()]?.label ?? hit.entity.kind),
        hit.entity.description ? h('span', { class: 'hit-description' }, hit.entity.description) : null))
      : h('li', { class: 'none' }, 'Nothing found. Try fewer letters, or another spelling.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', active >= 0 ? `hit-${active}` : '');
  };

  const run = debounce(async () => {
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    try {
      const data = await graphql(SEARCH, { text });
      if (input.value.trim() !== text) return;
      hits = data.search;
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      onError(error);
    }
  }, 180);

  input.addEventListener('input', run);
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % Math.max(1, hits.length);
      render();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!list.hidden && hits[active]) choose(hits[active]);
    else run();
  });
}
