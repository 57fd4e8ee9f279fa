package org.casegraph.generator;

import java.time.LocalDate;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.jspecify.annotations.Nullable;

/** A detention as planned before it is written: whom, where, from when, until when, on what charges. */
record Held(Dataset.PersonItem person, Dataset.PrisonItem prison, LocalDate since, @Nullable LocalDate until,
    List<String> offences) {

  String region() {
    return prison.region() == null ? "" : prison.region();
  }
}
