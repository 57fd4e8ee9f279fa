/** Writes: upserts of entities, sources and facts, claims and their links, deletes; each one transaction, audited. */
@NullMarked
package org.casegraph.write;

import org.jspecify.annotations.NullMarked;
