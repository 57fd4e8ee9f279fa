package org.casegraph.tie;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casegraph.claim.Claim;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.organisation.Organisation;
import org.casegraph.person.Person;
import org.casegraph.prison.Prison;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Ties, their two parties and their claims, and the ties of each entity. */
@Controller
class TieController {

  private final NodeRepository nodes;

  TieController(NodeRepository nodes) {
    this.nodes = nodes;
  }

  @SchemaMapping(typeName = "Tie")
  CompletableFuture<Identified> from(Tie tie, DataLoader<String, Identified> nodes) {
    return nodes.load(tie.fromId());
  }

  @SchemaMapping(typeName = "Tie")
  CompletableFuture<Identified> to(Tie tie, DataLoader<String, Identified> nodes) {
    return nodes.load(tie.toId());
  }

  @BatchMapping(typeName = "Tie", field = "claims")
  Map<Tie, List<Claim>> claims(List<Tie> ties) {
    return Related.follow(nodes, Link.FACT_CLAIMS, ties, Claim::from);
  }

  @BatchMapping(typeName = "Person", field = "ties")
  Map<Person, List<Tie>> personTies(List<Person> people) {
    return Related.follow(nodes, Link.ENTITY_TIES, people, Tie::from);
  }

  @BatchMapping(typeName = "Organisation", field = "ties")
  Map<Organisation, List<Tie>> organisationTies(List<Organisation> organisations) {
    return Related.follow(nodes, Link.ENTITY_TIES, organisations, Tie::from);
  }

  @BatchMapping(typeName = "Prison", field = "ties")
  Map<Prison, List<Tie>> prisonTies(List<Prison> prisons) {
    return Related.follow(nodes, Link.ENTITY_TIES, prisons, Tie::from);
  }
}
