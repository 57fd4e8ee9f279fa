package org.casegraph.claim;

import java.util.Objects;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * One figure a claim gives, read as of its date: the claim's {@code claimedOn}, else its source's
 * {@code publishedOn}, else none (undated).
 */
public record Figure(Claim claim, @Nullable PartialDate asOf, AsOfBasis asOfBasis, String claimantName) {

  public Figure {
    Objects.requireNonNull(claim.quantity(), "a figure comes from a claim with a quantity");
  }

  static Figure of(Claim claim, @Nullable PartialDate publishedOn, String claimantName) {
    if (claim.claimedOn() != null) {
      return new Figure(claim, claim.claimedOn(), AsOfBasis.CLAIMED, claimantName);
    }
    return new Figure(claim, publishedOn, publishedOn == null ? AsOfBasis.UNDATED : AsOfBasis.PUBLISHED, claimantName);
  }

  public Quantity quantity() {
    return Objects.requireNonNull(claim.quantity());
  }

  public double value() {
    return quantity().value();
  }

  public String unit() {
    return quantity().unit();
  }

  public Quantity.QuantityQualifier qualifier() {
    return quantity().qualifier();
  }

  QuantityRange range() {
    return QuantityRange.of(quantity());
  }

  /** When the figure was given, in words: "on 2024-11-20", "as published on 2024-11-16", "with no date". */
  String when() {
    return switch (asOfBasis) {
      case CLAIMED -> "on " + asOf;
      case PUBLISHED -> "as published on " + asOf;
      case UNDATED -> "with no date";
    };
  }
}
