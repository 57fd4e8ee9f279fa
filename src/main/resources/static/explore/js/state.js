// The state that matters lives in the address's fragment (#view=facts&n=…), so a view can be
// reloaded, bookmarked and shared; a saved view keeps the same state on the server.

const LISTS = ['n', 'x', 'r', 'hide', 'mute', 'sel', 'pin'];

export function emptyState() {
  return { view: 'facts', layout: 'fcose', n: [], x: [], r: [], hide: [], mute: [], sel: [], pin: [], min: 1, colour: false,
    from: '', to: '', saved: '' };
}

export function readState(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  for (const key of LISTS) {
    const value = params.get(key);
    state[key] = value ? value.split(',').filter(Boolean) : [];
  }
  state.view = params.get('view') === 'claims' ? 'claims' : 'facts';
  state.layout = params.get('layout') || 'fcose';
  state.min = Math.max(1, Number(params.get('min')) || 1);
  state.colour = params.get('colour') === '1';
  state.from = params.get('from') ?? '';
  state.to = params.get('to') ?? '';
  state.saved = params.get('saved') ?? '';
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  if (state.saved) params.set('saved', state.saved);
  params.set('view', state.view);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  for (const key of LISTS) if (state[key]?.length) params.set(key, state[key].join(','));
  if (state.min > 1) params.set('min', String(state.min));
  if (state.colour) params.set('colour', '1');
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const hash = '#' + params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  if (hash !== location.hash) history.replaceState(null, '', location.pathname + location.search + hash);
}

/** An expansion as kept in the state: the node, and the relationship types asked for (none: all). */
export function expansion(id, types = []) {
  return types.length ? `${id}~${types.join('+')}` : id;
}

export function parseExpansion(text) {
  const [id, types] = text.split('~');
  return { id, types: types ? types.split('+') : [] };
}
