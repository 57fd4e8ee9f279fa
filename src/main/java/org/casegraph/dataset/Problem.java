package org.casegraph.dataset;

/** One thing wrong with a data set, and where: a JSON path such as {@code $.claims[3].source}. */
public record Problem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
