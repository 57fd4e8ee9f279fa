/** Organisations and their members. */
@NullMarked
package org.casegraph.organisation;

import org.jspecify.annotations.NullMarked;
