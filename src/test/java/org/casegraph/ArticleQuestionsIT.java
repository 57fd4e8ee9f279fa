package org.casegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The questions an analyst asks of the article, answered from the graph over HTTP. */
class ArticleQuestionsIT extends ApiIT {

  @Test
  void shouldSayWhoLeadsForoPenalAndWhoSaysSo() {
    graphQl.documentName("whoLeads").variable("organisation", "org:foro-penal").execute()
        .path("node.name").entity(String.class).isEqualTo("Foro Penal")
        .path("node.members[0].title").entity(String.class).isEqualTo("leader")
        .path("node.members[0].person.name").entity(String.class).isEqualTo("Alfredo Romero")
        .path("node.members[0].claims[*].source.id").entityList(String.class)
        .contains("source:article-venezuela-post-election-releases");
  }
}
