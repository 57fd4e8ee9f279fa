/** Saved views of the browser view: the ids on the canvas and the page's state, kept per token. */
@NullMarked
package org.casegraph.view;

import org.jspecify.annotations.NullMarked;
