// The expansion menu of a node: the count behind each relationship type, asked for before expanding,
// so a hub of thousands is opened one chosen type at a time, within the cap.

import { h, replace } from '../dom.js';
import { expansions, EXPAND_LIMIT } from '../graph.js';

export class NodeMenu {
  constructor(list, { onExpand, onPin, onRemove, onMessage }) {
    Object.assign(this, { list, onExpand, onPin, onRemove, onMessage });
    document.addEventListener('pointerdown', (e) => { if (!list.contains(e.target)) this.close(); });
    list.addEventListener('keydown', (e) => {
      const items = [...list.querySelectorAll('button:not([disabled])')];
      const at = items.indexOf(document.activeElement);
      if (e.key === 'Escape') this.close();
      else if (e.key === 'ArrowDown') { e.preventDefault(); items[(at + 1) % items.length]?.focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); items[(at - 1 + items.length) % items.length]?.focus(); }
    });
  }

  async open(node, position, view) {
    const list = this.list;
    replace(list, h('li', { class: 'menu-title' }, node.data('label')), h('li', { class: 'hint' }, 'Counting what is around it…'));
    list.style.left = `${Math.round(position.x) + 8}px`;
    list.style.top = `${Math.round(position.y) + 8}px`;
    list.hidden = false;
    let counts = null;
    try {
      counts = await expansions(node.id(), view);
    } catch (error) {
      this.onMessage(error.message);
    }
    const item = (label, onclick, attributes = {}) => h('li', { role: 'none' }, h('button', { type: 'button', role: 'menuitem', onclick, ...attributes }, label));
    const total = counts?.reduce((sum, c) => sum + c.count, 0);
    replace(list,
      h('li', { class: 'menu-title' }, node.data('label')),
      item(total !== undefined ? `Expand all (${total.toLocaleString('en')})${total > EXPAND_LIMIT ? `, first ${EXPAND_LIMIT}` : ''}` : 'Expand all',
        () => { this.close(); this.onExpand(node, []); }, { 'data-type': '*' }),
      counts?.length ? counts.map((c) => item(`${c.label ?? c.type} (${c.count.toLocaleString('en')})${c.count > EXPAND_LIMIT ? `, first ${EXPAND_LIMIT}` : ''}`,
        () => { this.close(); this.onExpand(node, [c.type]); }, { 'data-type': c.type, disabled: c.count === 0 })) : null,
      counts === null ? h('li', { class: 'hint' }, 'Counts per type are not available from this service.') : null,
      h('li', { role: 'separator' }),
      item(node.locked() ? 'Unpin' : 'Pin in place', () => { this.close(); this.onPin(node); }),
      item('Remove from the canvas', () => { this.close(); this.onRemove(node); }));
    list.querySelector('button')?.focus();
  }

  close() {
    this.list.hidden = true;
  }
}
