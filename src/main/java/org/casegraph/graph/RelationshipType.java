package org.casegraph.graph;

/** The relationship types stored in the graph; Cypher takes types only from here, never from input. */
public enum RelationshipType {
  /** A role or detention is of a person; a tie is of its first party. */
  OF,
  /** A role is in an organisation; a tie is with its second party. */
  IN,
  /** An event or detention is at a prison. */
  AT,
  /** A detention is on a charge. */
  ON_CHARGE,
  /** A charge is against a person. */
  AGAINST,
  /** An entity took part in an event (with its role). */
  PARTICIPATED_IN,
  /** A claim is made by its claimant. */
  CLAIMED_BY,
  /** A claim comes from a source. */
  FROM,
  /** A claim is about a subject. */
  ABOUT,
  /** A claim reports an event. */
  REPORTS,
  /** A claim asserts a role, detention, charge, event or tie. */
  ASSERTS,
  /** A claim backs up another. */
  SUPPORTS,
  /** Two claims cannot both be true. */
  CONTRADICTS
}
