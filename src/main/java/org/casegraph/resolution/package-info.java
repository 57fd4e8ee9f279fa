/** Entity resolution: duplicate people, organisations and prisons proposed, merged and unmerged. */
@NullMarked
package org.casegraph.resolution;

import org.jspecify.annotations.NullMarked;
