package org.casegraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.RelationshipPattern;

/**
 * A to-many relationship field of the schema: from a parent {@code p}, the relationship types, their
 * direction and the label of the targets {@code t}. The patterns are fixed here, never built from input.
 */
public enum Link {
  PERSON_ROLES(Direction.IN, "Role", "OF"),
  PERSON_CHARGES(Direction.IN, "Charge", "AGAINST"),
  PERSON_DETENTIONS(Direction.IN, "Detention", "OF"),
  ORGANISATION_MEMBERS(Direction.IN, "Role", "IN"),
  /** The ties of an entity, either way round. */
  ENTITY_TIES(Direction.IN, "Tie", "OF", "IN"),
  PRISON_DETENTIONS(Direction.IN, "Detention", "AT"),
  PRISON_EVENTS(Direction.IN, "Event", "AT"),
  DETENTION_CHARGES(Direction.OUT, "Charge", "ON_CHARGE"),
  CHARGE_DEFENDANTS(Direction.OUT, "Person", "AGAINST"),
  /** The claims behind a role, detention, charge, event or tie. */
  FACT_CLAIMS(Direction.IN, "Claim", "ASSERTS", "REPORTS"),
  CLAIM_SUBJECTS(Direction.OUT, null, "ABOUT"),
  CLAIM_SUPPORTS(Direction.OUT, "Claim", "SUPPORTS"),
  CLAIM_CONTRADICTS(Direction.BOTH, "Claim", "CONTRADICTS"),
  /** A claim has exactly one claimant, so no claim is reached twice. */
  CLAIMS_MADE(true, Direction.IN, "Claim", "CLAIMED_BY"),
  CLAIMS_ABOUT(Direction.IN, "Claim", "ABOUT"),
  /** A claim has exactly one source, so no claim is reached twice. */
  SOURCE_CLAIMS(true, Direction.IN, "Claim", "FROM");

  /** Which way the relationship points, seen from the parent. */
  public enum Direction { IN, OUT, BOTH }

  private final boolean eachTargetOnce;
  private final Direction direction;
  private final @Nullable String targetLabel;
  private final String[] types;

  Link(Direction direction, @Nullable String targetLabel, String... types) {
    this(false, direction, targetLabel, types);
  }

  Link(boolean eachTargetOnce, Direction direction, @Nullable String targetLabel, String... types) {
    this.eachTargetOnce = eachTargetOnce;
    this.direction = direction;
    this.targetLabel = targetLabel;
    this.types = types;
  }

  /** The pattern as Cypher text, from {@code (p)} to {@code t}, e.g. {@code (p)<-[:OF]-(t:Role)}. */
  public String pattern() {
    var target = targetLabel == null ? "(t)" : "(t:" + targetLabel + ")";
    var relationship = "[:" + String.join("|", types) + "]";
    return switch (direction) {
      case IN -> "(p)<-" + relationship + "-" + target;
      case OUT -> "(p)-" + relationship + "->" + target;
      case BOTH -> "(p)-" + relationship + "-" + target;
    };
  }

  /** The pattern from {@code parent} to {@code target} for Cypher-DSL. */
  public RelationshipPattern pattern(Node parent, Node target) {
    return switch (direction) {
      case IN -> parent.relationshipFrom(target, types);
      case OUT -> parent.relationshipTo(target, types);
      case BOTH -> parent.relationshipBetween(target, types);
    };
  }

  /** The label every target has, if the pattern names one. */
  public @Nullable String targetLabel() {
    return targetLabel;
  }

  /**
   * Whether the pattern reaches each target at most once from a parent, so that its targets can be
   * counted and paged without removing repeats (which costs a hash of every target).
   */
  public boolean eachTargetOnce() {
    return eachTargetOnce;
  }
}
