/** A generator of large, realistic graphs in the data-set format, deterministic by seed. */
@NullMarked
package org.casegraph.generator;

import org.jspecify.annotations.NullMarked;
