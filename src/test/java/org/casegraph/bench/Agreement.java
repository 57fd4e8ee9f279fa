package org.casegraph.bench;

import java.util.List;
import java.util.Objects;

/** Checks that every server gives the same data for every question before anything is timed. */
final class Agreement {

  private Agreement() {}

  /** Throws, naming the question and both answers, at the first disagreement or empty answer. */
  static void check(List<Target> targets, Parameters parameters, Logger log) {
    for (var question : Questions.ALL) {
      var reference = targets.getFirst();
      var expected = reference.canonical(question, reference.ask(question, parameters));
      if (isEmpty(expected)) {
        throw new IllegalStateException("%s gave no data for %s: %s".formatted(reference.label(), question.name(), expected));
      }
      for (var other : targets.subList(1, targets.size())) {
        var actual = other.canonical(question, other.ask(question, parameters));
        if (!Objects.equals(expected, actual)) {
          throw new IllegalStateException("%s and %s disagree on %s:%n  %s%n  %s".formatted(reference.label(), other.label(),
              question.name(), Json.write(expected), Json.write(actual)));
        }
      }
      log.log("Agreed on %-13s %s", question.name(), abbreviate(Json.write(expected)));
    }
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
