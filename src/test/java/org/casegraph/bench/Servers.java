package org.casegraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Starts the servers under test as processes of their own, each logging to a file, and stops them. */
final class Servers implements AutoCloseable {

  /** The names of the benchmark's EDITOR tokens start with this. */
  static final String EDITOR = "bench-editor-";

  private final Path logs;
  private final List<Process> started = new ArrayList<>();

  Servers(Path logs) {
    this.logs = logs;
  }

  /**
   * The service from its jar, on the shared Neo4j; {@code seed} loads the article into an empty store.
   * Reads go anonymous; writes carry the token of an EDITOR (without CONFIDENTIAL, as most writers),
   * created for the run with an admin token that is the run's own.
   */
  Target casegraph(Path jar, String boltUri, boolean seed, String... jvmOptions) throws IOException {
    var port = freePort();
    var command = new ArrayList<String>();
    command.add(java());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--casegraph.security.anonymous-reads=true",
        "--spring.neo4j.uri=" + boltUri, "--casegraph.seed.enabled=" + seed, "--logging.level.root=warn"));
    var builder = new ProcessBuilder(command);
    var admin = "cg_" + java.util.UUID.randomUUID().toString().replace("-", "");
    builder.environment().put("CASEGRAPH_ADMIN_TOKEN", admin);
    var target = start(Target.Kind.CASEGRAPH, port, builder, Duration.ofMinutes(3));
    return new Target(target.kind(), target.port(), target.pid(), editorToken(target, admin));
  }

  /** An EDITOR's token, asked for until the service has finished starting (migrations, the admin token, the seed). */
  private static String editorToken(Target casegraph, String admin) {
    var body = Json.write(java.util.Map.of("query", "mutation($name: String!) { createToken(name: $name, access: [EDITOR]) { secret } }",
        "variables", java.util.Map.of("name", EDITOR + Tags.RUN)));
    var deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      try {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + casegraph.port() + "/graphql"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var secret = Json.string(Json.parse(response.body()), "data", "createToken", "secret");
        if (secret != null) {
          return secret;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Casegraph gave no EDITOR token: " + response.body());
        }
      } catch (IOException e) {
        throw new IllegalStateException("Casegraph did not answer for a token: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
  }

  /** The floor, from the harness's own classpath. */
  Target floor(String classpath, String boltUri) throws IOException {
    var port = freePort();
    var builder = new ProcessBuilder(java(), "-Dsun.net.httpserver.nodelay=true", "-cp", classpath, FloorServer.class.getName(),
        Integer.toString(port), boltUri);
    return start(Target.Kind.FLOOR, port, builder, Duration.ofMinutes(1));
  }

  /** The Neo4j GraphQL Library behind Apollo Server, from {@code bench/peer} (after {@code npm ci}). */
  Target peer(Path peerDirectory, String boltUri, Path memoryFile) throws IOException {
    var port = freePort();
    var builder = new ProcessBuilder("node", "server.mjs").directory(peerDirectory.toFile());
    builder.environment().put("NEO4J_URI", boltUri);
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("PEER_MEMORY_FILE", memoryFile.toString());
    return start(Target.Kind.PEER, port, builder, Duration.ofMinutes(1));
  }

  private Target start(Target.Kind kind, int port, ProcessBuilder builder, Duration patience) throws IOException {
    var log = logs.resolve(kind.name().toLowerCase() + ".log").toFile();
    var process = builder.redirectErrorStream(true).redirectOutput(log).start();
    started.add(process);
    var target = new Target(kind, port, process.pid());
    var deadline = Instant.now().plus(patience);
    while (!target.ready()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("%s did not start; see %s".formatted(kind.label, log));
      }
      sleep(500);
    }
    return target;
  }

  @Override
  public void close() {
    started.forEach(Process::destroy);
    for (var process : started) {
      try {
        process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
