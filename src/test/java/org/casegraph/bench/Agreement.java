package org.casegraph.bench;

import java.util.List;
import java.util.Objects;
import org.neo4j.driver.Driver;

/**
 * Checks that every server gives the same data for every question before anything is timed; for a
 * write, that each server's write of the same input leaves the same node and audit record in Neo4j.
 */
final class Agreement {

  private Agreement() {}

  /** Throws, naming the question and both answers, at the first disagreement or empty answer. */
  static void check(List<Target> targets, Parameters parameters, Driver driver, Logger log) {
    for (var question : Questions.WRITES) {
      checkWrite(question, targets, parameters, driver, log);
    }
    for (var question : Questions.READS) {
      var reference = targets.getFirst();
      var expected = reference.canonical(question, reference.ask(question, parameters));
      if (isEmpty(expected)) {
        throw new IllegalStateException("%s gave no data for %s: %s".formatted(reference.label(), question.name(), expected));
      }
      for (var other : targets.subList(1, targets.size())) {
        var actual = other.canonical(question, other.ask(question, parameters));
        if (!Objects.equals(expected, actual)) {
          throw disagree(reference, other, question, expected, actual);
        }
      }
      log.log("Agreed on %-13s %s", question.name(), abbreviate(Json.write(expected)));
    }
  }

  /**
   * One write by each server, each with a tag of its own, read back. The peer writes no audit record, so
   * only its node is compared.
   */
  static void checkWrite(Question question, List<Target> targets, Parameters parameters, Driver driver, Logger log) {
    var reference = targets.getFirst();
    var expected = written(reference, question, parameters, driver);
    if (expected == null || isEmpty(Json.at(expected, "audit"))) {
      throw new IllegalStateException("%s wrote no node or no audit record for %s: %s".formatted(reference.label(), question.name(),
          expected == null ? null : Json.write(expected)));
    }
    for (var other : targets.subList(1, targets.size())) {
      var actual = written(other, question, parameters, driver);
      var compared = other.kind() == Target.Kind.PEER ? Written.withoutAudit(expected) : expected;
      if (!Objects.equals(compared, actual)) {
        throw disagree(reference, other, question, compared, actual);
      }
    }
    log.log("Agreed on %-13s %s", question.name(), abbreviate(Json.write(expected)));
  }

  private static Object written(Target target, Question question, Parameters parameters, Driver driver) {
    var tag = Tags.next();
    var answered = target.canonical(question, target.ask(question, parameters, tag));
    var id = Objects.requireNonNull(question.write()).written(tag);
    if (!id.equals(answered)) {
      throw new IllegalStateException("%s answered %s with %s rather than %s".formatted(target.label(), question.name(), answered, id));
    }
    var stored = Written.readBack(driver, id, tag);
    return target.kind() == Target.Kind.PEER ? Written.withoutAudit(stored) : stored;
  }

  private static IllegalStateException disagree(Target reference, Target other, Question question, Object expected, Object actual) {
    return new IllegalStateException("%s and %s disagree on %s:%n  %s%n  %s".formatted(reference.label(), other.label(),
        question.name(), Json.write(expected), Json.write(actual)));
  }

  interface Logger {
    void log(String format, Object... args);
  }

  private static boolean isEmpty(Object answer) {
    return answer == null || (answer instanceof List<?> list && list.isEmpty());
  }

  private static String abbreviate(String text) {
    return text.length() > 140 ? text.substring(0, 140) + "…" : text;
  }
}
