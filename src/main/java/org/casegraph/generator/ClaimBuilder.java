package org.casegraph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A claim being written; {@link #add()} gives it the next claim id and puts it in the draft. One claim in
 * ten keeps no quote, as when a source paraphrases; one in four gives no date for the claim.
 */
final class ClaimBuilder {

  private final Draft draft;
  private final String statement;
  private final String claimant;
  private final Draft.Published source;
  private @Nullable String quote;
  private @Nullable String event;
  private @Nullable Quantity quantity;
  private final List<String> subjects = new ArrayList<>();
  private final List<String> asserts = new ArrayList<>();
  private final List<String> supports = new ArrayList<>();
  private final List<String> contradicts = new ArrayList<>();

  ClaimBuilder(Draft draft, String statement, String claimant, Draft.Published source) {
    this.draft = draft;
    this.statement = statement;
    this.claimant = claimant;
    this.source = source;
  }

  ClaimBuilder quote(String quote) {
    this.quote = quote;
    return this;
  }

  ClaimBuilder about(String... entities) {
    Arrays.stream(entities).filter(e -> !subjects.contains(e)).forEach(subjects::add);
    return this;
  }

  ClaimBuilder about(List<String> entities) {
    return about(entities.toArray(String[]::new));
  }

  ClaimBuilder event(String event) {
    this.event = event;
    return this;
  }

  ClaimBuilder quantity(Quantity quantity) {
    this.quantity = quantity;
    return this;
  }

  ClaimBuilder asserts(String fact) {
    asserts.add(fact);
    return this;
  }

  ClaimBuilder supports(String claim) {
    supports.add(claim);
    return this;
  }

  ClaimBuilder contradicts(String claim) {
    contradicts.add(claim);
    return this;
  }

  String add() {
    var id = draft.id("claim");
    var claimedOn = draft.chance(0.75) ? source.date().toString() : null;
    var quoted = draft.chance(0.9) ? quote : null;
    draft.claims.add(new Dataset.ClaimItem(id, statement, quoted, claimant, source.id(), claimedOn, orNull(subjects),
        event, quantity, orNull(asserts), orNull(supports), orNull(contradicts)));
    return id;
  }

  private static @Nullable List<String> orNull(List<String> ids) {
    return ids.isEmpty() ? null : List.copyOf(ids);
  }
}
