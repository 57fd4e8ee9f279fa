/** Who may do what: tokens, roles, anonymous reads, and who may see restricted sources. */
@NullMarked
package org.casegraph.security;

import org.jspecify.annotations.NullMarked;
