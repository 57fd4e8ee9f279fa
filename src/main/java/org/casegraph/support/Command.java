package org.casegraph.support;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/** A one-off command run from the command line: it prints its failures and exits non-zero after one. */
public abstract class Command implements ApplicationRunner, ExitCodeGenerator {

  private int exitCode;

  /** Reports a failure a person can act on; the command exits with 1. */
  protected void fail(String message) {
    System.err.println(message);
    exitCode = 1;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
