package org.casegraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;

/** Finding an entity by a name typed the way one remembers it. */
class SearchIT extends ApiIT {

  @Test
  void shouldFindNicolasMaduroTypedWithoutAccents() {
    graphQl.documentName("search").variable("text", "nicolas maduro").execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo("person:nicolas-maduro")
        .path("search[0].entity.__typename").entity(String.class).isEqualTo("Person")
        .path("search[0].score").entity(Double.class).satisfies(score -> assertThat(score).isPositive());
  }

  @Test
  void shouldFindAlfredoRomeroDespiteATypo() {
    graphQl.documentName("search").variable("text", "Alfredo Romro").execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo("person:alfredo-romero");
  }

  @Test
  void shouldFindTheElectoralAuthorityByItsAbbreviation() {
    graphQl.documentName("search").variable("text", "CNE").execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo("org:cne");
  }

  @Test
  void shouldFindOnlyTheKindsAskedFor() {
    graphQl.documentName("search").variable("text", "maduro").variable("kinds", List.of("ORGANISATION")).execute()
        .path("search[*].entity.__typename").entityList(String.class).doesNotContain("Person");
    graphQl.documentName("search").variable("text", "tocoron").variable("kinds", List.of("PRISON")).execute()
        .path("search[*].entity.id").entityList(String.class).containsExactly("prison:tocoron");
  }

  @Test
  void shouldTreatAnExplicitlyNullFirstAsTheDefault() {
    graphQl.documentName("search").variable("text", "maduro").variable("first", null).execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo("person:nicolas-maduro");
  }
}
