/** Configuration shared by every feature: the database, the GraphQL scalars, paging and errors. */
@NullMarked
package org.casegraph.support;

import org.jspecify.annotations.NullMarked;
