/** Prisons, who was held there and what happened there. */
@NullMarked
package org.casegraph.prison;

import org.jspecify.annotations.NullMarked;
