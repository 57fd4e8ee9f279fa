package org.casegraph.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Closed-loop load: {@code connections} clients each sending the same request again as soon as the
 * answer arrives, for a while (a write's with a new tag each time). With {@code wrk} on the path it is wrk (Debian's package); without, a
 * Java client that measures the same way, for the smoke run.
 */
final class Load {

  /** What one run measured: requests answered, per second, the median and 99th percentile, failures. */
  record Result(long requests, double perSecond, double p50Millis, double p99Millis, long failures) {}

  private final Path scripts;
  private final boolean wrk;

  Load(Path scripts) {
    this.scripts = scripts;
    this.wrk = onPath("wrk");
  }

  String tool() {
    return wrk ? "wrk 4.1" : "the Java client";
  }

  Result run(Target target, Question question, Parameters parameters, int connections, Duration duration)
      throws IOException, InterruptedException {
    return wrk ? wrk(target, question, parameters, connections, duration) : java(target, question, parameters, connections, duration);
  }

  private Result wrk(Target target, Question question, Parameters parameters, int connections, Duration duration)
      throws IOException, InterruptedException {
    var script = scripts.resolve(target.kind().name().toLowerCase() + "-" + question.name() + ".lua");
    var headers = new StringBuilder();
    target.headers(question).forEach((name, value) -> headers.append("wrk.headers[\"%s\"] = \"%s\"\n".formatted(name, value)));
    Files.writeString(script, """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Accept"] = "application/json"
        %swrk.body = [==[%s]==]
        """.formatted(headers, target.body(question, parameters)) + (question.writes() ? """
        -- Each request writes a node of its own: the tag names this load, the thread and the request.
        local threads = 0
        function setup(thread)
          thread:set("number", threads)
          threads = threads + 1
        end
        local template = wrk.body
        local sent = 0
        function request()
          sent = sent + 1
          local tag = "%s" .. "t" .. number .. "n" .. sent
          return wrk.format(nil, nil, nil, (string.gsub(template, "%s", tag)))
        end
        """.formatted(Tags.load(), Tags.PLACEHOLDER) : ""));
    var threads = Math.min(connections, 2);
    var process = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s", "--timeout", "30s",
        "--latency", "-s", script.toString(), target.uri(question).toString()).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return parseWrk(output);
  }

  static Result parseWrk(String output) {
    var requests = Long.parseLong(find(output, "(\\d+) requests in"));
    var perSecond = Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)"));
    var p50 = millis(find(output, "\\s50%\\s+([\\d.]+\\w+)"));
    var p99 = millis(find(output, "\\s99%\\s+([\\d.]+\\w+)"));
    var non2xx = output.contains("Non-2xx") ? Long.parseLong(find(output, "Non-2xx or 3xx responses: (\\d+)")) : 0;
    var socket = 0L;
    var errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
    if (errors.find()) {
      for (int i = 1; i <= 4; i++) {
        socket += Long.parseLong(errors.group(i));
      }
    }
    if (requests == 0) {
      // Nothing completed within the measurement: wrk reports zeros, which are no latency at all.
      return new Result(0, 0, Double.NaN, Double.NaN, non2xx + socket);
    }
    return new Result(requests, perSecond, p50, p99, non2xx + socket);
  }

  private static double millis(String value) {
    var m = Pattern.compile("([\\d.]+)(\\w+)").matcher(value);
    m.matches();
    var number = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> number / 1000;
      case "ms" -> number;
      case "s" -> number * 1000;
      case "m" -> number * 60_000;
      default -> throw new IllegalArgumentException("unknown unit in " + value);
    };
  }

  private static String find(String text, String regex) {
    var m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("wrk's output has no " + regex + ":\n" + text);
    }
    return m.group(1);
  }

  private static Result java(Target target, Question question, Parameters parameters, int connections, Duration duration)
      throws InterruptedException {
    var client = HttpClient.newHttpClient();
    var tags = Tags.load();
    var requests = new AtomicLong();
    var latencies = Collections.synchronizedList(new ArrayList<Long>());
    var failures = new AtomicLong();
    var started = System.nanoTime();
    var end = started + duration.toNanos();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < connections; c++) {
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            var sent = System.nanoTime();
            try {
              // A read sends the same request each time; a write names a new node in each.
              var request = target.request(question, parameters, tags + "n" + requests.incrementAndGet());
              var status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
              if (status != 200) {
                failures.incrementAndGet();
              }
            } catch (IOException | InterruptedException e) {
              failures.incrementAndGet();
            }
            latencies.add(System.nanoTime() - sent);
          }
        });
      }
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    var sorted = latencies.stream().sorted().toList();
    return new Result(sorted.size(), sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), failures.get());
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  private static boolean onPath(String command) {
    var path = System.getenv("PATH");
    return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
