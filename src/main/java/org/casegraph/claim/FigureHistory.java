package org.casegraph.claim;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures given for one quantity of one event (one unit, about the same people), in date order;
 * the latest each claimant gives; and the range they still allow as of the date asked.
 */
public record FigureHistory(String eventId, String unit, boolean running, List<String> peopleIds, List<Figure> figures,
    List<Figure> latestByClaimant, @Nullable Double low, @Nullable Double high, String summary) {}
