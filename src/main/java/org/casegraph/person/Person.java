package org.casegraph.person;

import java.util.List;
import org.casegraph.graph.Entity;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A named person. */
public record Person(String id, String name, List<String> aliases, @Nullable String description,
    @Nullable String nationality, @Nullable PartialDate birthDate) implements Entity {

  @Override
  public Kind kind() {
    return Kind.PERSON;
  }

  public static Person from(MapAccessor n) {
    return new Person(Props.string(n, "id"), Props.string(n, "name"), Props.strings(n, "aliases"),
        Props.nullableString(n, "description"), Props.nullableString(n, "nationality"), Props.date(n, "birthDate"));
  }
}
