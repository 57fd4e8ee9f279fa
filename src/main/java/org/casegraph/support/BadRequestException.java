package org.casegraph.support;

import java.util.Map;

/** A request argument is invalid; the message says which and how to fix it. */
public class BadRequestException extends RuntimeException {

  public BadRequestException(String message) {
    super(message);
  }

  /** More for a client to act on, such as each problem with its field; added to the error's extensions. */
  public Map<String, Object> extensions() {
    return Map.of();
  }
}
