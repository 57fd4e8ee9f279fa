/** Claims: who says what, where, and which claims disagree. */
@NullMarked
package org.casegraph.claim;

import org.jspecify.annotations.NullMarked;
