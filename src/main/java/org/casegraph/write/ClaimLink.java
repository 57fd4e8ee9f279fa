package org.casegraph.write;

/** How one claim relates to another. */
enum ClaimLink { SUPPORTS, CONTRADICTS }
