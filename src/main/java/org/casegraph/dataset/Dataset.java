package org.casegraph.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A data set (format {@code casegraph-dataset/1}): a file as read after its JSON Schema accepted it, or
 * one built in memory, such as a generated graph.
 */
public record Dataset(String format, @Nullable List<SourceItem> sources, @Nullable List<PersonItem> people,
    @Nullable List<OrganisationItem> organisations, @Nullable List<PrisonItem> prisons,
    @Nullable List<EventItem> events, @Nullable List<ChargeItem> charges, @Nullable List<DetentionItem> detentions,
    @Nullable List<RoleItem> roles, @Nullable List<TieItem> ties, @Nullable List<ClaimItem> claims) {

  public static final String FORMAT = "casegraph-dataset/1";

  public Dataset {
    sources = orEmpty(sources);
    people = orEmpty(people);
    organisations = orEmpty(organisations);
    prisons = orEmpty(prisons);
    events = orEmpty(events);
    charges = orEmpty(charges);
    detentions = orEmpty(detentions);
    roles = orEmpty(roles);
    ties = orEmpty(ties);
    claims = orEmpty(claims);
  }

  /** How many items each section holds, in the format's order. */
  public Map<String, Integer> counts() {
    var counts = new LinkedHashMap<String, Integer>();
    counts.put("sources", sources.size());
    counts.put("people", people.size());
    counts.put("organisations", organisations.size());
    counts.put("prisons", prisons.size());
    counts.put("events", events.size());
    counts.put("charges", charges.size());
    counts.put("detentions", detentions.size());
    counts.put("roles", roles.size());
    counts.put("ties", ties.size());
    counts.put("claims", claims.size());
    return counts;
  }

  public static <T> List<T> orEmpty(@Nullable List<T> list) {
    return Objects.requireNonNullElse(list, List.of());
  }

  public record SourceItem(String id, String title, @Nullable String publisher, @Nullable String url,
      @Nullable String publishedOn, @Nullable Boolean publishedOnInferred, @Nullable String note,
      @Nullable Boolean restricted) {}

  public record PersonItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String nationality, @Nullable String birthDate) {}

  public record OrganisationItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      String category, @Nullable String country) {}

  public record PrisonItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String region, @Nullable String country) {}

  public record ParticipantItem(String entity, String role) {}

  public record EventItem(String id, String kind, String title, @Nullable String date, @Nullable String prison,
      @Nullable List<ParticipantItem> participants, @Nullable Quantity count) {}

  public record ChargeItem(String id, String offence, @Nullable List<String> defendants, @Nullable Quantity defendantCount,
      @Nullable String filedOn) {}

  public record DetentionItem(String id, String person, @Nullable String prison, @Nullable String since,
      @Nullable String until, @Nullable List<String> charges) {}

  public record RoleItem(String id, String person, String organisation, String title, @Nullable String since,
      @Nullable String until) {}

  /**
   * A relationship between two entities that a role does not describe ({@code kind} one of the tie kinds:
   * OWNERSHIP, FAMILY, ASSOCIATE, UNKNOWN, MEMBERSHIP, EMPLOYMENT, DIRECTORSHIP).
   */
  public record TieItem(String id, String kind, String from, String to, @Nullable String relationship,
      @Nullable String percentage, @Nullable String since, @Nullable String until) {}

  public record ClaimItem(String id, String statement, @Nullable String quote, String claimant, String source,
      @Nullable String claimedOn, @Nullable List<String> subjects, @Nullable String event,
      @Nullable Quantity quantity, @Nullable List<String> asserts, @Nullable List<String> supports,
      @Nullable List<String> contradicts) {}
}
