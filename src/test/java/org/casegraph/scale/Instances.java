package org.casegraph.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Service processes from the jar the build made, on one Neo4j, each on a loopback port of its own. */
final class Instances implements AutoCloseable {

  /** A running instance: its name, port and process. */
  record Instance(String name, int port, Process process) {
    String http() {
      return "http://127.0.0.1:" + port;
    }

    URI socket() {
      return URI.create("ws://127.0.0.1:" + port + "/graphql");
    }
  }

  private final Path jar;
  private final Path logs;
  private final List<String> settings;
  private final List<Process> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  Instances(Path jar, Path logs, List<String> settings) {
    this.jar = jar;
    this.logs = logs;
    this.settings = settings;
  }

  /** Starts an instance; {@link #ready} waits for it. */
  Instance start(String name) throws IOException {
    var port = freePort();
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
        "--server.address=127.0.0.1"));
    command.addAll(settings);
    var process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile())).start();
    started.add(process);
    return new Instance(name, port, process);
  }

  /** Waits until the instance says it is ready (its readiness probe UP). */
  Instance ready(Instance instance, Duration patience) throws Exception {
    var deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!instance.process().isAlive()) {
        throw new IllegalStateException(instance.name() + " stopped while starting; see its log in " + logs);
      }
      try {
        var response = http.send(HttpRequest.newBuilder(URI.create(instance.http() + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return instance;
        }
      } catch (IOException notYetListening) {
        // the port is not open yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(instance.name() + " was not ready within " + patience + "; see its log in " + logs);
  }

  /** Stops it as a crash would: no shutdown hooks, no goodbye to subscribers. */
  static void kill(Instance instance) throws InterruptedException {
    instance.process().destroyForcibly();
    instance.process().waitFor();
  }

  @Override
  public void close() {
    started.forEach(Process::destroy);
    for (var process : started) {
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    http.close();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
