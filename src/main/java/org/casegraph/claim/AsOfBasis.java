package org.casegraph.claim;

/** Where a figure's date comes from: the claim's own date, its source's publication date, or nowhere. */
public enum AsOfBasis { CLAIMED, PUBLISHED, UNDATED }
