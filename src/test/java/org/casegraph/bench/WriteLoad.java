package org.casegraph.bench;

import java.net.URI;
import java.net.http.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Writes against a running service, one request after another on each connection, and prints p50, p90,
 * p99 and claims (or people) per second, with the p50 of the first and last tenth: a write whose cost
 * grows with the graph shows there. Each request writes a new node ({@code TAG} keeps runs apart):
 * {@code claim} records a claim on the article's source (every claim lands on that one source),
 * {@code person} upserts a new person, {@code read} asks a lookup for comparison.
 *
 * <pre>java src/test/java/org/casegraph/bench/WriteLoad.java http://localhost:8080/graphql TOKEN claim 300 1 run1</pre>
 */
public class WriteLoad {
  public static void main(String[] a) throws Exception {
    var url = a[0]; var token = a[1]; var mode = a[2]; int n = Integer.parseInt(a[3]); int conc = Integer.parseInt(a[4]); var tag = a[5];
    var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    var next = new AtomicInteger();
    var times = new ConcurrentLinkedQueue<Long>();
    var errors = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(conc);
    long start = System.nanoTime();
    for (int t = 0; t < conc; t++) pool.submit(() -> {
      for (int i; (i = next.getAndIncrement()) < n; ) {
        String q = switch (mode) {
          case "claim" -> "{\"query\":\"mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }\",\"variables\":{\"i\":{\"id\":\"claim:w-" + tag + "-" + i
              + "\",\"statement\":\"Bench statement " + i + "\",\"claimant\":\"org:article-publisher\",\"source\":\"source:article-venezuela-post-election-releases\",\"claimedOn\":\"2024-11-16\",\"subjects\":[\"org:venezuela\"]}}}";
          case "person" -> "{\"query\":\"mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }\",\"variables\":{\"i\":{\"id\":\"person:w-" + tag + "-" + i
              + "\",\"name\":\"Bench Person " + i + "\",\"nationality\":\"VE\"}}}";
          default -> "{\"query\":\"{ node(id: \\\"org:venezuela\\\") { id ... on Organisation { name } } }\"}";
        };
        var req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(q)).build();
        long t0 = System.nanoTime();
        try {
          var r = client.send(req, HttpResponse.BodyHandlers.ofString());
          times.add(System.nanoTime() - t0);
          if (r.statusCode() != 200 || r.body().contains("\"errors\"")) { if (errors.incrementAndGet() < 3) System.err.println(r.body()); }
        } catch (Exception e) { errors.incrementAndGet(); System.err.println(e); }
      }
      return null;
    });
    pool.shutdown(); pool.awaitTermination(1, TimeUnit.HOURS);
    double secs = (System.nanoTime() - start) / 1e9;
    var s = times.stream().sorted().mapToLong(Long::longValue).toArray();
        var firstTenth = Arrays.stream(times.stream().mapToLong(Long::longValue).toArray(), 0, Math.max(1, s.length / 10)).sorted().toArray();
    var all = times.stream().mapToLong(Long::longValue).toArray();
    var lastTenth = Arrays.stream(all, all.length - Math.max(1, all.length / 10), all.length).sorted().toArray();
    System.out.printf("%s n=%d conc=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms first10%%p50=%.1fms last10%%p50=%.1fms %.1f/s%n",
        mode, n, conc, errors.get(), s[s.length / 2] / 1e6, s[s.length * 9 / 10] / 1e6, s[Math.min(s.length - 1, s.length * 99 / 100)] / 1e6,
        firstTenth[firstTenth.length / 2] / 1e6, lastTenth[lastTenth.length / 2] / 1e6, n / secs);
  }
}
