/** Sources: the documents claims come from. */
@NullMarked
package org.casegraph.source;

import org.jspecify.annotations.NullMarked;
