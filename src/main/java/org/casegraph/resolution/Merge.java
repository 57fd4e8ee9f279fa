package org.casegraph.resolution;

import org.casegraph.graph.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A duplicate folded into the entity kept: who did it and when, how much moved, and whether it has
 * been undone. The record that makes an unmerge exact is stored beside it (see {@link Merges}).
 */
public record Merge(String id, String keep, String duplicate, String duplicateName, Entity.Kind kind, String at,
    String actor, int movedRelationships, int deduplicatedRelationships, int rewrittenProperties,
    @Nullable String undoneAt, @Nullable String undoneBy) {}
