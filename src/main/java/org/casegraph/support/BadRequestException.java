package org.casegraph.support;

/** A request argument is invalid; the message says which and how to fix it. */
public class BadRequestException extends RuntimeException {

  public BadRequestException(String message) {
    super(message);
  }
}
