// graphql-http's server audit against a running service: prints what is not ok, exits 1 if a MUST fails.
// Usage: CASEGRAPH_TOKEN=cg_… node graphql-http-audit.mjs URL (graphql-http must be installed beside it).
import { serverAudits } from 'graphql-http';
const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const token = process.env.CASEGRAPH_TOKEN;
// Every request carries the token, as a client's would.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers ?? {});
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
let failedMust = 0, counts = {};
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  if (result.status !== 'ok') {
    const must = audit.name.startsWith('MUST');
    if (must && result.status === 'error') failedMust++;
    console.log(`${result.status.padEnd(7)} ${audit.name}${result.reason ? ' — ' + result.reason : ''}`);
  }
}
console.log(`graphql-http audit: ${JSON.stringify(counts)}`);
console.log(`audit: ${counts.ok ?? 0} passed, ${failedMust} failed`);
process.exit(failedMust ? 1 : 0);
