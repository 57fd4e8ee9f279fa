package org.casegraph.view;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of saved views, so that what one token stores stays small.
 *
 * @param maxStateLength the longest state text, in characters
 * @param maxIds the most ids one view may hold
 * @param maxNameLength the longest name
 * @param maxPerOwner the most views one token may keep
 */
@ConfigurationProperties("casegraph.views")
public record ViewProperties(@DefaultValue("100000") int maxStateLength, @DefaultValue("5000") int maxIds,
    @DefaultValue("200") int maxNameLength, @DefaultValue("500") int maxPerOwner) {}
