/** The data-set format: validating and importing files. */
@NullMarked
package org.casegraph.dataset;

import org.jspecify.annotations.NullMarked;
