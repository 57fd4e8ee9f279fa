package org.casegraph.charge;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A charge for an offence, against named defendants or a counted group. */
public record Charge(String id, String offence, @Nullable Quantity defendantCount, @Nullable PartialDate filedOn)
    implements Identified {

  public static Charge from(MapAccessor n) {
    return new Charge(Props.string(n, "id"), Props.string(n, "offence"), Props.quantity(n, "defendantCount"),
        Props.date(n, "filedOn"));
  }
}
