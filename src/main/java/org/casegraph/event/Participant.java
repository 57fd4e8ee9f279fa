package org.casegraph.event;

import org.casegraph.graph.Entity;

/** An entity that took part in an event, and its role there. */
public record Participant(Entity entity, String role) {}
