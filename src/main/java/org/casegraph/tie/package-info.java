/** Ties: relationships between two entities that a role does not describe (ownership, family, association). */
@NullMarked
package org.casegraph.tie;

import org.jspecify.annotations.NullMarked;
