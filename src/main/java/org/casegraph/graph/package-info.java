/** Nodes of every kind, and the paths, neighbourhoods and timelines between them. */
@NullMarked
package org.casegraph.graph;

import org.jspecify.annotations.NullMarked;
