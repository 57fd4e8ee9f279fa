package org.casegraph.organisation;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.person.Role;
import java.util.Locale;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Organisations and their members. */
@Controller
class OrganisationController {

  private static final String WHERE = """
      ($category IS NULL OR n.category = $category) AND ($country IS NULL OR n.country = $country)
      """;

  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  OrganisationController(NodeRepository nodes, PagingProperties paging, Projections projections) {
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Organisation> organisations(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument Organisation.@Nullable Category category, @Argument @Nullable String country,
      DataFetchingEnvironment env) {
    var parameters = new HashMap<String, Object>();
    parameters.put("category", category == null ? null : category.name());
    parameters.put("country", country == null ? null : country.strip().toUpperCase(Locale.ROOT));
    return nodes.list("(n:Organisation)", WHERE, parameters, PageRequest.of(first, after, paging), Organisation::from,
        projections.ofConnection(env));
  }

  @BatchMapping(typeName = "Organisation")
  Map<Organisation, List<Role>> members(List<Organisation> organisations) {
    return Related.follow(nodes, Link.ORGANISATION_MEMBERS, organisations, Role::from);
  }
}
