package org.casegraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds claims that cannot all be true: those the data links by {@code contradicts}, and those the
 * graph shows in conflict itself, namely claims reporting the same event with counts in the same unit
 * whose ranges do not meet (see {@link QuantityRange}). Finding a contradiction changes no claim.
 */
@Service
class Contradictions {

  /** How many candidate pairs of counted claims are weighed per request, at most. */
  private static final int CANDIDATES = 10_000;

  private final ClaimRepository claims;

  Contradictions(ClaimRepository claims) {
    this.claims = claims;
  }

  List<Contradiction> find(@Nullable String about, int first) {
    var found = new ArrayList<Contradiction>();
    var seen = new LinkedHashSet<List<String>>();
    for (var pair : claims.linkedContradictions(about, first)) {
      seen.add(List.of(pair.first().id(), pair.second().id()));
      found.add(new Contradiction(List.of(pair.first(), pair.second()),
          "Recorded as contradicting: %s says \u201c%s\u201d; %s says \u201c%s\u201d".formatted(
              pair.firstClaimant(), pair.first().statement(), pair.secondClaimant(), pair.second().statement())));
    }
    for (var pair : claims.countedTogether(about, CANDIDATES)) {
      if (found.size() >= first) {
        break;
      }
      var a = Objects.requireNonNull(pair.first().quantity());
      var b = Objects.requireNonNull(pair.second().quantity());
      if (QuantityRange.of(a).meets(QuantityRange.of(b)) || !seen.add(List.of(pair.first().id(), pair.second().id()))) {
        continue;
      }
      found.add(new Contradiction(List.of(pair.first(), pair.second()),
          "Counts that cannot both be true for \u201c%s\u201d: %s says %s; %s says %s".formatted(
              pair.event(), pair.firstClaimant(), QuantityRange.describe(a), pair.secondClaimant(), QuantityRange.describe(b))));
    }
    return found.size() > first ? found.subList(0, first) : found;
  }
}
