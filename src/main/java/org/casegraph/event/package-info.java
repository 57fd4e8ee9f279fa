/** Events and who took part in them. */
@NullMarked
package org.casegraph.event;

import org.jspecify.annotations.NullMarked;
