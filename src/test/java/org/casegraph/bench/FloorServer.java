package org.casegraph.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * The floor: the least a server can do to answer the questions over HTTP. {@code POST /<question>}
 * with {@code {"variables": {…}}} runs that question's hand-written Cypher in one read (a write
 * question's in one write) through the Java Driver and answers {@code {"data": …}} in Casegraph's shape. No GraphQL, no framework.
 */
final class FloorServer implements AutoCloseable {

  private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();
  private static final QueryConfig WRITE = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

  private final Driver driver;
  private final HttpServer http;

  FloorServer(int port, String boltUri) throws IOException {
    // Without it the JDK's server leaves Nagle's algorithm on, and an answer of more than one segment
    // waits for the client's delayed acknowledgement: 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    driver = GraphDatabase.driver(boltUri, AuthTokens.none());
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    http.createContext("/", this::answer);
    http.start();
  }

  int port() {
    return http.getAddress().getPort();
  }

  /** {@code java … FloorServer PORT BOLT_URI} */
  public static void main(String[] args) throws IOException {
    var server = new FloorServer(Integer.parseInt(args[0]), args[1]);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("floor ready on port " + server.port());
  }

  Map<String, Object> answer(String question, Map<String, Object> variables) {
    var floor = FloorQueries.ALL.get(question);
    if (floor == null) {
      throw new IllegalArgumentException("no question " + question);
    }
    var parameters = new HashMap<>(variables);
    parameters.putAll(floor.parameters().apply(variables));
    var rows = driver.executableQuery(floor.cypher()).withParameters(parameters).withConfig(floor.writes() ? WRITE : READ)
        .execute().records();
    var result = new HashMap<String, Object>();
    result.put("data", floor.data().apply(rows));
    return result;
  }

  @SuppressWarnings("unchecked")
  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      var question = exchange.getRequestURI().getPath().substring(1);
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      byte[] response;
      int status = 200;
      try {
        var variables = question.equals("health") ? Map.<String, Object>of()
            : (Map<String, Object>) ((Map<String, Object>) Json.parse(body)).getOrDefault("variables", Map.of());
        response = Json.write(question.equals("health") ? Map.of("status", "UP") : answer(question, variables))
            .getBytes(StandardCharsets.UTF_8);
      } catch (RuntimeException e) {
        status = 500;
        response = Json.write(Map.of("errors", java.util.List.of(Map.of("message", String.valueOf(e.getMessage())))))
            .getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, response.length);
      exchange.getResponseBody().write(response);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    driver.close();
  }
}
