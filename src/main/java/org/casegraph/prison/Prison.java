package org.casegraph.prison;

import java.util.List;
import org.casegraph.graph.Entity;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A prison or detention centre. */
public record Prison(String id, String name, List<String> aliases, @Nullable String description,
    @Nullable String region, @Nullable String country) implements Entity {

  @Override
  public Kind kind() {
    return Kind.PRISON;
  }

  public static Prison from(MapAccessor n) {
    return new Prison(Props.string(n, "id"), Props.string(n, "name"), Props.strings(n, "aliases"),
        Props.nullableString(n, "description"), Props.nullableString(n, "region"), Props.nullableString(n, "country"));
  }
}
