package org.casegraph.support;

/** Something a request names does not exist; the message says what. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }

  public static NotFoundException node(String id) {
    return new NotFoundException("There is no node with id '%s'".formatted(id));
  }
}
