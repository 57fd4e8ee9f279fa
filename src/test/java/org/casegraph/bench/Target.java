package org.casegraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A server under test, how to ask it a question and how to read its answer. Casegraph's writes carry
 * {@code token} (an EDITOR's); its reads go without, as anonymous reads.
 */
record Target(Kind kind, int port, long pid, @Nullable String token) {

  enum Kind {
    CASEGRAPH("Casegraph"), FLOOR("floor"), PEER("peer");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  Target(Kind kind, int port, long pid) {
    this(kind, port, pid, null);
  }

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  String label() {
    return kind.label;
  }

  URI uri(Question question) {
    var path = switch (kind) {
      case CASEGRAPH -> "/graphql";
      case FLOOR -> "/" + question.name();
      case PEER -> "/";
    };
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The request's headers besides the content type: the token, for Casegraph's writes. */
  Map<String, String> headers(Question question) {
    return kind == Kind.CASEGRAPH && question.writes() && token != null ? Map.of("Authorization", "Bearer " + token) : Map.of();
  }

  /** The body; a write's holds {@link Tags#PLACEHOLDER} where each request puts its tag. */
  String body(Question question, Parameters parameters) {
    return switch (kind) {
      case CASEGRAPH -> Json.write(Map.of("query", question.casegraph(), "variables", question.variables().apply(parameters)));
      case FLOOR -> Json.write(Map.of("variables", question.variables().apply(parameters)));
      case PEER -> Json.write(Map.of("query", question.peer(), "variables", question.peerVariables(parameters)));
    };
  }

  /** The request, with {@code tag} in place of a write's placeholder. */
  HttpRequest request(Question question, Parameters parameters, String tag) {
    var builder = HttpRequest.newBuilder(uri(question)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", "application/json");
    headers(question).forEach(builder::header);
    return builder.POST(HttpRequest.BodyPublishers.ofString(body(question, parameters).replace(Tags.PLACEHOLDER, tag))).build();
  }

  /** Asks once and returns the answer's {@code data}; a write writes a node of its own. */
  Object ask(Question question, Parameters parameters) {
    return ask(question, parameters, Tags.next());
  }

  /** Asks once, a write with this tag; an error or a status other than 200 is a failure. */
  Object ask(Question question, Parameters parameters, String tag) {
    try {
      var response = HTTP.send(request(question, parameters, tag), HttpResponse.BodyHandlers.ofString());
      var answer = Json.parse(response.body());
      if (response.statusCode() != 200 || Json.at(answer, "errors") != null) {
        throw new IllegalStateException("%s answered %s with %d: %s".formatted(label(), question.name(),
            response.statusCode(), abbreviate(response.body())));
      }
      return Json.at(answer, "data");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(label() + " did not answer " + question.name() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Object canonical(Question question, Object data) {
    return kind == Kind.PEER ? question.canonicalPeer().apply(data) : question.canonicalCasegraph().apply(data);
  }

  /** True once the server answers a trivial request. */
  boolean ready() {
    var request = switch (kind) {
      case CASEGRAPH -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{__typename}\"}"));
      case FLOOR -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).POST(HttpRequest.BodyPublishers.noBody());
      case PEER -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{__typename}\"}"));
    };
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }
}
