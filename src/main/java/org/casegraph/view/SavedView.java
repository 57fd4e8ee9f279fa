package org.casegraph.view;

import java.util.List;

/**
 * A view the page saved: its name, its state (the page's own JSON, kept as given) and the ids on its
 * canvas; on reading, which of those ids are gone (deleted, or hidden from the one asking) and which
 * were merged into another entity since.
 */
public record SavedView(String id, String name, String state, List<String> ids, String createdAt, String updatedAt,
    List<String> missing, List<MergedId> merged) {

  /** An id on the canvas that was merged into another entity, and the id of that entity. */
  public record MergedId(String id, String into) {}
}
