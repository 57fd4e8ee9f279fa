package org.casegraph.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the page sends to save a view: {@code id} to overwrite one of the caller's own, else a new one is made. */
public record SaveViewInput(@Nullable String id, String name, String state, List<String> ids) {}
