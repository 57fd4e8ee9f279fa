/** Import and export over HTTP and GraphQL: the data-set format and FollowTheMoney entity JSON lines. */
@NullMarked
package org.casegraph.exchange;

import org.jspecify.annotations.NullMarked;
