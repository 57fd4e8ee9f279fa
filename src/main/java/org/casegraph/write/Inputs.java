package org.casegraph.write;

import java.util.List;
import java.util.Objects;
import org.casegraph.dataset.Dataset;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/** The mutations' inputs, as GraphQL gives them, and as items of the data-set format. */
final class Inputs {

  private Inputs() {}

  record SourceInput(String id, String title, @Nullable String publisher, @Nullable String url,
      @Nullable PartialDate publishedOn, @Nullable Boolean publishedOnInferred, @Nullable String note,
      @Nullable Boolean restricted) {
    Dataset.SourceItem item() {
      return new Dataset.SourceItem(id, title, publisher, url, text(publishedOn), publishedOnInferred, note, restricted);
    }
  }

  record PersonInput(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String nationality, @Nullable PartialDate birthDate) {
    Dataset.PersonItem item() {
      return new Dataset.PersonItem(id, name, aliases, description, nationality, text(birthDate));
    }
  }

  record OrganisationInput(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      String category, @Nullable String country) {
    Dataset.OrganisationItem item() {
      return new Dataset.OrganisationItem(id, name, aliases, description, category, country);
    }
  }

  record PrisonInput(String id, String name, @Nullable List<String> aliases, @Nullable String description,
      @Nullable String region, @Nullable String country) {
    Dataset.PrisonItem item() {
      return new Dataset.PrisonItem(id, name, aliases, description, region, country);
    }
  }

  record ParticipantInput(String entity, String role) {}

  record EventInput(String id, String kind, String title, @Nullable PartialDate date, @Nullable String prison,
      @Nullable List<ParticipantInput> participants, @Nullable Quantity count, @Nullable List<String> assertedBy) {
    Dataset.EventItem item() {
      return new Dataset.EventItem(id, kind, title, text(date), prison, participants == null ? null
          : participants.stream().map(p -> new Dataset.ParticipantItem(p.entity(), p.role())).toList(), count);
    }
  }

  record ChargeInput(String id, String offence, @Nullable List<String> defendants, @Nullable Quantity defendantCount,
      @Nullable PartialDate filedOn, @Nullable List<String> assertedBy) {
    Dataset.ChargeItem item() {
      return new Dataset.ChargeItem(id, offence, defendants, defendantCount, text(filedOn));
    }
  }

  record DetentionInput(String id, String person, @Nullable String prison, @Nullable PartialDate since,
      @Nullable PartialDate until, @Nullable List<String> charges, @Nullable List<String> assertedBy) {
    Dataset.DetentionItem item() {
      return new Dataset.DetentionItem(id, person, prison, text(since), text(until), charges);
    }
  }

  record RoleInput(String id, String person, String organisation, String title, @Nullable PartialDate since,
      @Nullable PartialDate until, @Nullable List<String> assertedBy) {
    Dataset.RoleItem item() {
      return new Dataset.RoleItem(id, person, organisation, title, text(since), text(until));
    }
  }

  record ClaimInput(String id, String statement, @Nullable String quote, String claimant, String source,
      @Nullable PartialDate claimedOn, @Nullable List<String> subjects, @Nullable String event,
      @Nullable Quantity quantity, @Nullable List<String> asserts, @Nullable List<String> supports,
      @Nullable List<String> contradicts) {
    Dataset.ClaimItem item() {
      return new Dataset.ClaimItem(id, statement, quote, claimant, source, text(claimedOn), subjects, event, quantity,
          asserts, supports, contradicts);
    }
  }

  static List<String> orEmpty(@Nullable List<String> ids) {
    return Objects.requireNonNullElse(ids, List.of());
  }

  private static @Nullable String text(@Nullable PartialDate date) {
    return date == null ? null : date.toString();
  }

  static Dataset of(Dataset.SourceItem item) {
    return new Dataset(Dataset.FORMAT, List.of(item), null, null, null, null, null, null, null, null, null);
  }

  static Dataset of(Dataset.PersonItem item) {
    return new Dataset(Dataset.FORMAT, null, List.of(item), null, null, null, null, null, null, null, null);
  }

  static Dataset of(Dataset.OrganisationItem item) {
    return new Dataset(Dataset.FORMAT, null, null, List.of(item), null, null, null, null, null, null, null);
  }

  static Dataset of(Dataset.PrisonItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, List.of(item), null, null, null, null, null, null);
  }

  static Dataset of(Dataset.EventItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, null, List.of(item), null, null, null, null, null);
  }

  static Dataset of(Dataset.ChargeItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, null, null, List.of(item), null, null, null, null);
  }

  static Dataset of(Dataset.DetentionItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, null, null, null, List.of(item), null, null, null);
  }

  static Dataset of(Dataset.RoleItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, null, null, null, null, List.of(item), null, null);
  }

  static Dataset of(Dataset.ClaimItem item) {
    return new Dataset(Dataset.FORMAT, null, null, null, null, null, null, null, null, null, List.of(item));
  }
}
