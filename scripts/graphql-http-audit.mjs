// graphql-http's server audit against a running service: prints what is not ok, exits 1 if a MUST fails.
// Usage: node graphql-http-audit.mjs URL (the graphql-http package must be installed beside it).
import { serverAudits } from 'graphql-http';
const url = process.argv[2] ?? 'http://localhost:8080/graphql';
let failedMust = 0, counts = {};
for (const audit of serverAudits({ url })) {
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
