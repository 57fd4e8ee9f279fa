package org.casegraph.charge;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.claim.Claim;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.person.Person;
import org.casegraph.support.Connection;
import org.casegraph.support.Folding;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Charges, their defendants and the claims behind them. */
@Controller
class ChargeController {

  private static final String WHERE = """
      ($offence IS NULL OR n.offenceKey CONTAINS $offence)
      AND ($defendant IS NULL OR EXISTS { (n)-[:AGAINST]->(:Person {id: $defendant}) })
      """;

  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  ChargeController(NodeRepository nodes, PagingProperties paging, Projections projections) {
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Charge> charges(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable String offence, @Argument @Nullable String defendant, DataFetchingEnvironment env) {
    var parameters = new HashMap<String, Object>();
    parameters.put("offence", offence == null ? null : Folding.fold(offence));
    parameters.put("defendant", defendant);
    return nodes.list("(n:Charge)", WHERE, parameters, PageRequest.of(first, after, paging), Charge::from,
        projections.ofConnection(env));
  }

  @BatchMapping(typeName = "Charge")
  Map<Charge, List<Person>> defendants(List<Charge> charges) {
    return Related.follow(nodes, Link.CHARGE_DEFENDANTS, charges, Person::from);
  }

  @BatchMapping(typeName = "Charge")
  Map<Charge, List<Claim>> claims(List<Charge> charges) {
    return Related.follow(nodes, Link.FACT_CLAIMS, charges, Claim::from);
  }
}
