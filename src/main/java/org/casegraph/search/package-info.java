/** Finding entities by a name typed the way one remembers it. */
@NullMarked
package org.casegraph.search;

import org.jspecify.annotations.NullMarked;
