package org.casegraph.stats;

/** The request for stats: each part returns its {@code first} largest rows. */
record Stats(int first) {}
