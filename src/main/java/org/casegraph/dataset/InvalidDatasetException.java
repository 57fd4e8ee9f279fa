package org.casegraph.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A data set was refused; it lists every problem found, and nothing was written. */
public class InvalidDatasetException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidDatasetException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the data set, nothing was imported:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
