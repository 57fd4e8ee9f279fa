package org.casegraph.write;

import java.util.List;
import org.casegraph.graph.Identified;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.NotFoundException;
import org.casegraph.write.Inputs.ChargeInput;
import org.casegraph.write.Inputs.ClaimInput;
import org.casegraph.write.Inputs.DetentionInput;
import org.casegraph.write.Inputs.EventInput;
import org.casegraph.write.Inputs.OrganisationInput;
import org.casegraph.write.Inputs.PersonInput;
import org.casegraph.write.Inputs.PrisonInput;
import org.casegraph.write.Inputs.RoleInput;
import org.casegraph.write.Inputs.SourceInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The mutations: EDITOR writes, ADMIN deletes. Each returns what is stored once its transaction committed. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class Mutations {

  private final Writer writer;
  private final NodeRepository nodes;

  Mutations(Writer writer, NodeRepository nodes) {
    this.writer = writer;
    this.nodes = nodes;
  }

  @MutationMapping
  Identified upsertSource(@Argument SourceInput input) {
    return stored(writer.upsert("upsertSource", Inputs.of(input.item()), List.of()));
  }

  @MutationMapping
  Identified upsertPerson(@Argument PersonInput input) {
    return stored(writer.upsert("upsertPerson", Inputs.of(input.item()), List.of()));
  }

  @MutationMapping
  Identified upsertOrganisation(@Argument OrganisationInput input) {
    return stored(writer.upsert("upsertOrganisation", Inputs.of(input.item()), List.of()));
  }

  @MutationMapping
  Identified upsertPrison(@Argument PrisonInput input) {
    return stored(writer.upsert("upsertPrison", Inputs.of(input.item()), List.of()));
  }

  @MutationMapping
  Identified upsertEvent(@Argument EventInput input) {
    return stored(writer.upsert("upsertEvent", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy())));
  }

  @MutationMapping
  Identified upsertCharge(@Argument ChargeInput input) {
    return stored(writer.upsert("upsertCharge", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy())));
  }

  @MutationMapping
  Identified upsertDetention(@Argument DetentionInput input) {
    return stored(writer.upsert("upsertDetention", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy())));
  }

  @MutationMapping
  Identified upsertRole(@Argument RoleInput input) {
    return stored(writer.upsert("upsertRole", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy())));
  }

  @MutationMapping
  Identified recordClaim(@Argument ClaimInput input) {
    return stored(writer.upsert("recordClaim", Inputs.of(input.item()), List.of()));
  }

  @MutationMapping
  Identified linkClaims(@Argument String claim, @Argument ClaimLink link, @Argument String other) {
    return stored(writer.link(claim, link, other, true));
  }

  @MutationMapping
  Identified unlinkClaims(@Argument String claim, @Argument ClaimLink link, @Argument String other) {
    return stored(writer.link(claim, link, other, false));
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  String deleteNode(@Argument String id) {
    return writer.delete(id);
  }

  private Identified stored(String id) {
    var found = nodes.findByIds(List.of(id)).get(id);
    if (found == null) {
      throw NotFoundException.node(id);
    }
    return found;
  }
}
