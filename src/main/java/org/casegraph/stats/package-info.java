/** Counts analysts chart: per prison, per offence, per claimant. */
@NullMarked
package org.casegraph.stats;

import org.jspecify.annotations.NullMarked;
