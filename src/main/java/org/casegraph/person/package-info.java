/** People, the roles they hold and their detentions. */
@NullMarked
package org.casegraph.person;

import org.jspecify.annotations.NullMarked;
