package org.casegraph.support;

import java.util.EnumMap;
import java.util.Map;
import org.casegraph.graph.Link;
import org.neo4j.driver.Driver;

/**
 * What the relationships of each link whose types say what they reach ({@link Link#typedTargets()})
 * reach in a store: how many ends, and how many of them are not stored nodes of the link's target label.
 * The compiled reads test no label on those ends, so the second must be zero.
 */
public final class LinkEnds {

  /** The ends of one link's relationships, and those without its label. */
  public record Ends(long reached, long unlabelled) {}

  private LinkEnds() {}

  public static Map<Link, Ends> of(Driver driver) {
    var ends = new EnumMap<Link, Ends>(Link.class);
    for (var link : Link.values()) {
      if (!link.typedTargets()) {
        continue;
      }
      var pattern = link.pattern().replace("(t:" + link.targetLabel() + ")", "(t)");
      var row = driver.executableQuery("""
          MATCH %s
          RETURN count(*) AS reached, count(CASE WHEN NOT (t:%s AND t:Node) THEN 1 END) AS unlabelled
          """.formatted(pattern, link.targetLabel())).execute().records().getFirst();
      ends.put(link, new Ends(row.get("reached").asLong(), row.get("unlabelled").asLong()));
    }
    return ends;
  }
}
