package org.casegraph.dataset;

import java.util.List;
import java.util.Objects;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/** A data set file (format {@code casegraph-dataset/1}), as read after its JSON Schema accepted it. */
record Dataset(String format, @Nullable List<SourceItem> sources, @Nullable List<PersonItem> people,
    @Nullable List<OrganisationItem> organisations, @Nullable List<PrisonItem> prisons,
    @Nullable List<EventItem> events, @Nullable List<ChargeItem> charges, @Nullable List<DetentionItem> detentions,
    @Nullable List<RoleItem> roles, @Nullable List<ClaimItem> claims) {

  Dataset {
    sources = orEmpty(sources);
    people = orEmpty(people);
    organisations = orEmpty(organisations);
    prisons = orEmpty(prisons);
    events = orEmpty(events);
    charges = orEmpty(charges);
    detentions = orEmpty(detentions);
    roles = orEmpty(roles);
    claims = orEmpty(claims);
  }

  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return Objects.requireNonNullElse(list, List.of());
  }

  record SourceItem(String id, String title, @Nullable String publisher, @Nullable String url,
      @Nullable String publishedOn, @Nullable Boolean publishedOnInferred, @Nullable String note) {}

  record PersonItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String nationality, @Nullable String birthDate) {}

  record OrganisationItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      String category, @Nullable String country) {}

  record PrisonItem(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String region, @Nullable String country) {}

  record ParticipantItem(String entity, String role) {}

  record EventItem(String id, String kind, String title, @Nullable String date, @Nullable String prison,
      @Nullable List<ParticipantItem> participants, @Nullable Quantity count) {}

  record ChargeItem(String id, String offence, @Nullable List<String> defendants, @Nullable Quantity defendantCount,
      @Nullable String filedOn) {}

  record DetentionItem(String id, String person, @Nullable String prison, @Nullable String since,
      @Nullable String until, @Nullable List<String> charges) {}

  record RoleItem(String id, String person, String organisation, String title, @Nullable String since,
      @Nullable String until) {}

  record ClaimItem(String id, String statement, @Nullable String quote, String claimant, String source,
      @Nullable String claimedOn, @Nullable List<String> subjects, @Nullable String event,
      @Nullable Quantity quantity, @Nullable List<String> asserts, @Nullable List<String> supports,
      @Nullable List<String> contradicts) {}
}
