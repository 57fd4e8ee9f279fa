package org.casegraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Applies the versioned schema migrations in {@code classpath:neo4j/migrations/V0001__name.cypher}
 * at start, each once, in version order, recording each applied version in the graph. A migration
 * whose text changed after it was applied stops the start: the schema would no longer be what the
 * files say.
 */
@Component
public class Migrations {

  private static final Logger log = LoggerFactory.getLogger(Migrations.class);
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

  record Migration(int version, String description, String checksum, List<String> statements) {}

  public Migrations(Driver driver) {
    var applied = applied(driver);
    for (var migration : load()) {
      var checksum = applied.get(migration.version());
      if (checksum == null) {
        apply(driver, migration);
      } else if (!checksum.equals(migration.checksum())) {
        throw new IllegalStateException("Migration V%04d (%s) changed after it was applied; restore it and add a new migration instead"
            .formatted(migration.version(), migration.description()));
      }
    }
  }

  private static Map<Integer, String> applied(Driver driver) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum").list())
          .stream()
          .collect(java.util.stream.Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString()));
    }
  }

  private static void apply(Driver driver, Migration migration) {
    log.info("Applying migration V{}__{}", migration.version(), migration.description());
    try (var session = driver.session()) {
      // Schema statements cannot share a transaction with data writes, so each runs on its own.
      for (var statement : migration.statements()) {
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
      }
      session.executeWriteWithoutResult(tx -> record(tx, migration));
    }
  }

  private static void record(TransactionContext tx, Migration migration) {
    tx.run("""
        MERGE (m:__Migration {version: $version})
        SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
        """, Map.of("version", migration.version(), "description", migration.description(), "checksum", migration.checksum()));
  }

  static List<Migration> load() {
    try {
      var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:neo4j/migrations/V*.cypher");
      return Arrays.stream(resources).map(Migrations::parse).sorted(Comparator.comparingInt(Migration::version)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Migration parse(Resource resource) {
    var matcher = NAME.matcher(resource.getFilename() == null ? "" : resource.getFilename());
    if (!matcher.matches()) {
      throw new IllegalStateException("Migration file name must look like V0001__name.cypher: " + resource.getFilename());
    }
    try {
      var text = resource.getContentAsString(StandardCharsets.UTF_8);
      var statements = Arrays.stream(text.split(";\\s*(\\R|$)"))
          .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip())
          .filter(s -> !s.isEmpty())
          .toList();
      return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
          DigestUtils.md5DigestAsHex(text.getBytes(StandardCharsets.UTF_8)), statements);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
