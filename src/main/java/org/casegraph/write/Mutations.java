package org.casegraph.write;

import java.util.List;
import org.casegraph.graph.Identified;
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

/**
 * The mutations: EDITOR writes, ADMIN deletes. Each returns what is stored once its transaction committed,
 * as that transaction read it for the audit record.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class Mutations {

  private final Writer writer;

  Mutations(Writer writer) {
    this.writer = writer;
  }

  @MutationMapping
  Identified upsertSource(@Argument SourceInput input) {
    return writer.upsert("upsertSource", Inputs.of(input.item()), List.of());
  }

  @MutationMapping
  Identified upsertPerson(@Argument PersonInput input) {
    return writer.upsert("upsertPerson", Inputs.of(input.item()), List.of());
  }

  @MutationMapping
  Identified upsertOrganisation(@Argument OrganisationInput input) {
    return writer.upsert("upsertOrganisation", Inputs.of(input.item()), List.of());
  }

  @MutationMapping
  Identified upsertPrison(@Argument PrisonInput input) {
    return writer.upsert("upsertPrison", Inputs.of(input.item()), List.of());
  }

  @MutationMapping
  Identified upsertEvent(@Argument EventInput input) {
    return writer.upsert("upsertEvent", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy()));
  }

  @MutationMapping
  Identified upsertCharge(@Argument ChargeInput input) {
    return writer.upsert("upsertCharge", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy()));
  }

  @MutationMapping
  Identified upsertDetention(@Argument DetentionInput input) {
    return writer.upsert("upsertDetention", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy()));
  }

  @MutationMapping
  Identified upsertRole(@Argument RoleInput input) {
    return writer.upsert("upsertRole", Inputs.of(input.item()), Inputs.orEmpty(input.assertedBy()));
  }

  @MutationMapping
  Identified recordClaim(@Argument ClaimInput input) {
    return writer.upsert("recordClaim", Inputs.of(input.item()), List.of());
  }

  @MutationMapping
  Identified linkClaims(@Argument String claim, @Argument ClaimLink link, @Argument String other) {
    return writer.link(claim, link, other, true);
  }

  @MutationMapping
  Identified unlinkClaims(@Argument String claim, @Argument ClaimLink link, @Argument String other) {
    return writer.link(claim, link, other, false);
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  String deleteNode(@Argument String id) {
    return writer.delete(id);
  }
}
