package org.casegraph.person;

import org.casegraph.graph.Projection;
import java.util.ArrayList;
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

  private static final String BY_ORGANISATION = "EXISTS { (n)<-[:OF]-(:Role&!Restricted)-[:IN]->(:Organisation {id: $organisation}) }";
  private static final String BY_PRISON = "EXISTS { (n)<-[:OF]-(:Detention&!Restricted)-[:AT]->(:Prison {id: $prison}) }";
  private static final String BY_OFFENCE = "EXISTS { (n)<-[:AGAINST]-(c:Charge&!Restricted) WHERE c.offenceKey CONTAINS $offence }";
  private static final String BY_NAME = "n.nameKey CONTAINS $name";
  private static final String HELD_IN_PRISON = "(:Prison {id: $prison})<-[:AT]-(:Detention&!Restricted)-[:OF]->(n:Person)";

  private final NodeRepository nodes;

  PersonRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  Connection<Person> page(Filter filter, PageRequest page, Projection projection) {
    var parameters = new HashMap<String, Object>();
    var conditions = new ArrayList<String>();
    if (filter.organisation() != null) {
      parameters.put("organisation", filter.organisation());
      conditions.add(BY_ORGANISATION);
    }
    if (filter.prison() != null) {
      parameters.put("prison", filter.prison());
      conditions.add(BY_PRISON);
    }
    if (filter.offence() != null) {
      parameters.put("offence", Folding.fold(filter.offence()));
      conditions.add(BY_OFFENCE);
    }
    if (filter.name() != null) {
      parameters.put("name", Folding.fold(filter.name()));
      conditions.add(BY_NAME);
    }
    if (filter.prison() == null) {
      return nodes.list("(n:Person)", where(conditions), parameters, page, Person::from, projection);
    }
    var countedWhere = where(conditions.stream().filter(c -> !c.equals(BY_PRISON)).toList());
    return nodes.list("(n:Person)", where(conditions), HELD_IN_PRISON, countedWhere, parameters, page, Person::from, projection);
  }

  private static String where(java.util.List<String> conditions) {
    return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
  }
}
