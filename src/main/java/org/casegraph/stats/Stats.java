package org.casegraph.stats;

import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;

/** The request for stats: each part returns its {@code first} largest rows, from the claims made by {@code asOf} (all if null). */
record Stats(int first, @Nullable PartialDate asOf) {}
