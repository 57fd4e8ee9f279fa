/** Charges and their defendants. */
@NullMarked
package org.casegraph.charge;

import org.jspecify.annotations.NullMarked;
