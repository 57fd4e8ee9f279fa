package org.casegraph.prison;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.event.Event;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.person.Detention;
import java.util.Locale;
import org.casegraph.support.Connection;
import org.casegraph.support.Folding;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Prisons, the detentions in them and the events at them. */
@Controller
class PrisonController {

  private static final String WHERE = """
      ($region IS NULL OR coalesce(n.regionKey, toLower(n.region)) = $region) AND ($country IS NULL OR n.country = $country)
      """;

  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  PrisonController(NodeRepository nodes, PagingProperties paging, Projections projections) {
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Prison> prisons(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable String region, @Argument @Nullable String country, DataFetchingEnvironment env) {
    var parameters = new HashMap<String, Object>();
    parameters.put("region", region == null ? null : Folding.fold(region.strip()));
    parameters.put("country", country == null ? null : country.strip().toUpperCase(Locale.ROOT));
    return nodes.list("(n:Prison)", WHERE, parameters, PageRequest.of(first, after, paging), Prison::from,
        projections.ofConnection(env));
  }

  @BatchMapping(typeName = "Prison")
  Map<Prison, List<Detention>> detentions(List<Prison> prisons) {
    return Related.follow(nodes, Link.PRISON_DETENTIONS, prisons, Detention::from);
  }

  @BatchMapping(typeName = "Prison")
  Map<Prison, List<Event>> events(List<Prison> prisons) {
    return Related.follow(nodes, Link.PRISON_EVENTS, prisons, Event::from);
  }
}
