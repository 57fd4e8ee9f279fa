// Partial dates ("2024", "2024-07", "2024-07-28") as the span of days they cover, so a month is drawn
// and filtered as a month, never as its first day.

const DAY = 86_400_000;

export function span(partial) {
  if (!partial) return null;
  const [y, m, d] = String(partial).split('-').map(Number);
  if (!y) return null;
  if (d) return { from: Date.UTC(y, m - 1, d), to: Date.UTC(y, m - 1, d) + DAY - 1, precision: 'day' };
  if (m) return { from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1) - 1, precision: 'month' };
  return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) - 1, precision: 'year' };
}

/** The span from the start of one partial date to the end of another (an open end runs to the other's end). */
export function between(since, until) {
  const a = span(since);
  const b = span(until);
  if (!a && !b) return null;
  return { from: (a ?? b).from, to: (b ?? a).to, precision: a && b ? 'range' : (a ?? b).precision };
}

export function overlaps(range, window) {
  if (!range || !window) return true;
  return range.from <= window.to && range.to >= window.from;
}

/** A day as a partial date at the given precision. */
export function partial(time, precision = 'day') {
  const date = new Date(time);
  const text = date.toISOString().slice(0, 10);
  return precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16 Nov 2024", "Nov 2024" or "2024", as precise as the date is. */
export function readable(partialDate) {
  if (!partialDate) return '';
  const [y, m, d] = String(partialDate).split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

export function readableRange(since, until) {
  if (since && until) return since === until ? readable(since) : `${readable(since)} – ${readable(until)}`;
  if (since) return `since ${readable(since)}`;
  if (until) return `until ${readable(until)}`;
  return '';
}
