package org.casegraph.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casegraph.dataset.Problem;
import org.casegraph.support.BadRequestException;

/** A mutation's input breaks the data-set rules; each problem names its field, such as {@code input.source}. */
class InvalidInputException extends BadRequestException {

  private final List<Problem> problems;

  InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
    this.problems = problems;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("problems", problems.stream().map(p -> Map.of("field", p.path(), "message", p.message())).toList());
  }
}
