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
  PERSON_CHARGES(Reach.TYPED, Direction.IN, "Charge", "AGAINST"),
  PERSON_DETENTIONS(Direction.IN, "Detention", "OF"),
  ORGANISATION_MEMBERS(Direction.IN, "Role", "IN"),
  /** The ties of an entity, either way round. */
  ENTITY_TIES(Direction.IN, "Tie", "OF", "IN"),
  PRISON_DETENTIONS(Direction.IN, "Detention", "AT"),
  PRISON_EVENTS(Direction.IN, "Event", "AT"),
  DETENTION_CHARGES(Reach.TYPED, Direction.OUT, "Charge", "ON_CHARGE"),
  CHARGE_DEFENDANTS(Reach.TYPED, Direction.OUT, "Person", "AGAINST"),
  /** The claims behind a role, detention, charge, event or tie. */
  FACT_CLAIMS(Reach.TYPED, Direction.IN, "Claim", "ASSERTS", "REPORTS"),
  CLAIM_SUBJECTS(Direction.OUT, null, "ABOUT"),
  CLAIM_SUPPORTS(Reach.TYPED, Direction.OUT, "Claim", "SUPPORTS"),
  CLAIM_CONTRADICTS(Reach.TYPED, Direction.BOTH, "Claim", "CONTRADICTS"),
  /** A claim has exactly one claimant, so no claim is reached twice. */
  CLAIMS_MADE(Reach.TYPED_ONCE, Direction.IN, "Claim", "CLAIMED_BY"),
  CLAIMS_ABOUT(Reach.TYPED, Direction.IN, "Claim", "ABOUT"),
  /** A claim has exactly one source, so no claim is reached twice. */
  SOURCE_CLAIMS(Reach.TYPED_ONCE, Direction.IN, "Claim", "FROM");

  /** Which way the relationship points, seen from the parent. */
  public enum Direction { IN, OUT, BOTH }

  /**
   * What the relationship types say of the nodes they reach from a parent: whether each is a stored node
   * with the target label ({@code TYPED}: the data-set format and the writes give these types no other
   * ends; {@code CompiledReadsIT} and {@code GeneratedGraphIT} check the stored graph), and whether each
   * is reached at most once ({@code ONCE}).
   */
  private enum Reach {
    ANY(false, false), TYPED(true, false), TYPED_ONCE(true, true);

    private final boolean typed;
    private final boolean once;

    Reach(boolean typed, boolean once) {
      this.typed = typed;
      this.once = once;
    }
  }

  private final Reach reach;
  private final Direction direction;
  private final @Nullable String targetLabel;
  private final String[] types;

  Link(Direction direction, @Nullable String targetLabel, String... types) {
    this(Reach.ANY, direction, targetLabel, types);
  }

  Link(Reach reach, Direction direction, @Nullable String targetLabel, String... types) {
    this.reach = reach;
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
    return reach.once;
  }

  /**
   * Whether every node the pattern reaches is a stored node with {@link #targetLabel()}, so a query
   * need not test those labels on each target (only whether it is restricted).
   */
  public boolean typedTargets() {
    return reach.typed;
  }
}
