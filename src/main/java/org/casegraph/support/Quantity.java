package org.casegraph.support;

/** A count as a source gives it: "more than 1,800 people" is 1800, people, MORE_THAN. */
public record Quantity(double value, String unit, QuantityQualifier qualifier) {

  public enum QuantityQualifier { EXACT, AT_LEAST, MORE_THAN, AT_MOST, APPROXIMATELY }
}
