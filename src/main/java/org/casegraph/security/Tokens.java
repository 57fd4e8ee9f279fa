package org.casegraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.casegraph.support.Bookmarks;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Repository;

/**
 * API tokens kept in the database. A token's secret ({@code cg_} and 43 random characters) is shown
 * once, when it is created; the store holds only its SHA-256 hash.
 */
@Repository
public class Tokens {

  public static final String PREFIX = "cg_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

  private final Driver driver;

  Tokens(Driver driver) {
    this.driver = driver;
  }

  /** Creates a token and returns its secret; the name must be new. */
  public String create(String name, Set<Access> access, @Nullable String createdBy) {
    var secret = newSecret();
    store(name, secret, access, createdBy);
    return secret;
  }

  /** Stores a token with a secret chosen by the operator, replacing one of the same name. */
  public void put(String name, String secret, Set<Access> access, @Nullable String createdBy) {
    write("""
        MERGE (t:ApiToken {name: $name})
        SET t.hash = $hash, t.access = $access, t.createdAt = coalesce(t.createdAt, datetime()), t.createdBy = $by
        """, parameters(name, secret, access, createdBy));
  }

  private void store(String name, String secret, Set<Access> access, @Nullable String createdBy) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("A token needs a name, such as the person or tool that uses it");
    }
    if (access.isEmpty()) {
      throw new IllegalArgumentException("A token needs at least one access level: READER, EDITOR or ADMIN");
    }
    try {
      write("""
          CREATE (t:ApiToken {name: $name, hash: $hash, access: $access, createdAt: datetime(), createdBy: $by})
          """, parameters(name, secret, access, createdBy));
    } catch (ClientException e) {
      if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
        throw new IllegalArgumentException("There is already a token named '%s'; revoke it first or choose another name".formatted(name));
      }
      throw e;
    }
  }

  /** The token with this secret, if there is one. */
  public Optional<Token> find(String secret) {
    if (!secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return driver.executableQuery("MATCH (t:ApiToken {hash: $hash}) RETURN t")
        .withParameters(Map.of("hash", hash(secret))).withConfig(READ)
        .execute().records().stream().findFirst().map(Tokens::token);
  }

  public List<Token> list() {
    return driver.executableQuery("MATCH (t:ApiToken) RETURN t ORDER BY t.name").withConfig(READ).execute().records().stream()
        .map(Tokens::token).toList();
  }

  /** Deletes the token of this name; false when there is none. */
  public boolean revoke(String name) {
    return write("MATCH (t:ApiToken {name: $name}) DELETE t", Map.of("name", name)).counters().nodesDeleted() > 0;
  }

  boolean anyAdmin() {
    return driver.executableQuery("MATCH (t:ApiToken) WHERE 'ADMIN' IN t.access RETURN count(t) > 0 AS any")
        .withConfig(READ).execute().records().getFirst().get("any").asBoolean();
  }

  /** A write in a write transaction, after the request's bookmark, its own bookmark kept for the response. */
  private ResultSummary write(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session(Bookmarks.session())) {
      var summary = session.executeWrite(tx -> tx.run(cypher, parameters).consume());
      Bookmarks.written(session.lastBookmarks());
      return summary;
    }
  }

  private static Token token(Record record) {
    var node = record.get("t").asNode();
    var access = EnumSet.noneOf(Access.class);
    node.get("access").asList(v -> Access.parse(v.asString())).forEach(access::add);
    var by = node.get("createdBy");
    return new Token(node.get("name").asString(), access, node.get("createdAt").asZonedDateTime(),
        by.isNull() ? null : by.asString());
  }

  private static Map<String, Object> parameters(String name, String secret, Set<Access> access, @Nullable String createdBy) {
    var parameters = new HashMap<String, Object>();
    parameters.put("name", name);
    parameters.put("hash", hash(secret));
    parameters.put("access", names(access));
    parameters.put("by", createdBy);
    return parameters;
  }

  private static List<String> names(Set<Access> access) {
    return access.stream().sorted().map(Enum::name).toList();
  }

  static String newSecret() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
