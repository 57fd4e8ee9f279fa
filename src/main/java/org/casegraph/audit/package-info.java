/** The audit trail: every write, who made it, when, and each node it touched before and after. */
@NullMarked
package org.casegraph.audit;

import org.jspecify.annotations.NullMarked;
