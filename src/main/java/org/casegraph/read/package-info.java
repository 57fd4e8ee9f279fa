/**
 * Reads compiled from the selection set: a request's relationship fields, at any depth, become one
 * Cypher statement with its root field, and the fields below answer from what it returned.
 */
@NullMarked
package org.casegraph.read;

import org.jspecify.annotations.NullMarked;
