package org.casegraph.organisation;

import java.util.List;
import org.casegraph.graph.Entity;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** An NGO, state body, court, political group, state or news outlet. */
public record Organisation(String id, String name, List<String> aliases, @Nullable String description,
    Category category, @Nullable String country) implements Entity {

  public enum Category { NGO, GOVERNMENT_BODY, ELECTORAL_AUTHORITY, PROSECUTOR, COURT, POLITICAL_GROUP, STATE,
    INTERNATIONAL_BODY, MEDIA, OTHER }

  @Override
  public Kind kind() {
    return Kind.ORGANISATION;
  }

  public static Organisation from(MapAccessor n) {
    return new Organisation(Props.string(n, "id"), Props.string(n, "name"), Props.strings(n, "aliases"),
        Props.nullableString(n, "description"), Category.valueOf(Props.string(n, "category")),
        Props.nullableString(n, "country"));
  }
}
