package org.casegraph.person;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casegraph.charge.Charge;
import org.casegraph.claim.Claim;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** People, their roles and detentions. */
@Controller
class PersonController {

  private final PersonRepository people;
  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  PersonController(PersonRepository people, NodeRepository nodes, PagingProperties paging, Projections projections) {
    this.people = people;
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Person> people(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable String organisation, @Argument @Nullable String prison,
      @Argument @Nullable String offence, @Argument @Nullable String name, DataFetchingEnvironment env) {
    return people.page(new PersonRepository.Filter(organisation, prison, offence, name), PageRequest.of(first, after, paging),
        projections.ofConnection(env));
  }

  @BatchMapping(typeName = "Person")
  Map<Person, List<Role>> roles(List<Person> parents) {
    return Related.follow(nodes, Link.PERSON_ROLES, parents, Role::from);
  }

  @BatchMapping(typeName = "Person")
  Map<Person, List<Charge>> charges(List<Person> parents) {
    return Related.follow(nodes, Link.PERSON_CHARGES, parents, Charge::from);
  }

  @BatchMapping(typeName = "Person")
  Map<Person, List<Detention>> detentions(List<Person> parents) {
    return Related.follow(nodes, Link.PERSON_DETENTIONS, parents, Detention::from);
  }

  @SchemaMapping(typeName = "Role")
  CompletableFuture<Identified> person(Role role, DataLoader<String, Identified> nodes) {
    return nodes.load(role.personId());
  }

  @SchemaMapping(typeName = "Role")
  CompletableFuture<Identified> organisation(Role role, DataLoader<String, Identified> nodes) {
    return nodes.load(role.organisationId());
  }

  @BatchMapping(typeName = "Role", field = "claims")
  Map<Role, List<Claim>> roleClaims(List<Role> roles) {
    return Related.follow(nodes, Link.FACT_CLAIMS, roles, Claim::from);
  }

  @SchemaMapping(typeName = "Detention")
  CompletableFuture<Identified> person(Detention detention, DataLoader<String, Identified> nodes) {
    return nodes.load(detention.personId());
  }

  @SchemaMapping(typeName = "Detention")
  @Nullable CompletableFuture<Identified> prison(Detention detention, DataLoader<String, Identified> nodes) {
    return detention.prisonId() == null ? null : nodes.load(detention.prisonId());
  }

  @BatchMapping(typeName = "Detention", field = "charges")
  Map<Detention, List<Charge>> detentionCharges(List<Detention> detentions) {
    return Related.follow(nodes, Link.DETENTION_CHARGES, detentions, Charge::from);
  }

  @BatchMapping(typeName = "Detention", field = "claims")
  Map<Detention, List<Claim>> detentionClaims(List<Detention> detentions) {
    return Related.follow(nodes, Link.FACT_CLAIMS, detentions, Claim::from);
  }

}
