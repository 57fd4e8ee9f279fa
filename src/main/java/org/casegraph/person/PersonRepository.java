package org.casegraph.person;

import java.util.HashMap;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.Connection;
import org.casegraph.support.Folding;
import org.casegraph.support.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Lists people with the filters analysts use. */
@Repository
class PersonRepository {

  /** A filter that is null matches everyone. */
  record Filter(@Nullable String organisation, @Nullable String prison, @Nullable String offence, @Nullable String name) {}

  private static final String WHERE = """
      ($organisation IS NULL OR EXISTS { (n)<-[:OF]-(:Role&!Restricted)-[:IN]->(:Organisation {id: $organisation}) })
      AND ($prison IS NULL OR EXISTS { (n)<-[:OF]-(:Detention&!Restricted)-[:AT]->(:Prison {id: $prison}) })
      AND ($offence IS NULL OR EXISTS { (n)<-[:AGAINST]-(c:Charge&!Restricted) WHERE c.offenceKey CONTAINS $offence })
      AND ($name IS NULL OR n.nameKey CONTAINS $name)
      """;

  private final NodeRepository nodes;

  PersonRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  Connection<Person> page(Filter filter, PageRequest page) {
    var parameters = new HashMap<String, Object>();
    parameters.put("organisation", filter.organisation());
    parameters.put("prison", filter.prison());
    parameters.put("offence", filter.offence() == null ? null : Folding.fold(filter.offence()));
    parameters.put("name", filter.name() == null ? null : Folding.fold(filter.name()));
    return nodes.list("(n:Person)", WHERE, parameters, page, Person::from);
  }
}
