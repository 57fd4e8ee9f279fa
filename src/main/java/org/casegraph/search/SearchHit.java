package org.casegraph.search;

import org.casegraph.graph.Entity;

/** An entity found by search, with its relevance score (higher is better). */
public record SearchHit(Entity entity, double score) {}
