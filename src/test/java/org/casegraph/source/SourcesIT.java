package org.casegraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;

/** Sources: the article itself, its inferred date, and every claim it carries. */
class SourcesIT extends ApiIT {

  private static final String ARTICLE_SOURCE = "source:article-venezuela-post-election-releases";

  @Test
  void shouldDescribeTheArticleAndSayItsDateIsInferred() {
    graphQl.documentName("source").variable("id", ARTICLE_SOURCE).execute()
        .path("node.__typename").entity(String.class).isEqualTo("Source")
        .path("node.title").entity(String.class).isEqualTo("Venezuela frees more than 100 arrested after disputed election result")
        .path("node.publisher").valueIsNull()
        .path("node.url").valueIsNull()
        .path("node.publishedOn").entity(String.class).isEqualTo("2024-11-16")
        .path("node.publishedOnInferred").entity(Boolean.class).isEqualTo(true)
        .path("node.note").entity(String.class).satisfies(note -> assertThat(note).contains("inferred"));
  }

  @Test
  void shouldPageThroughEveryClaimOfTheArticle() {
    var ids = new ArrayList<String>();
    String after = null;
    for (int page = 0; page < 10; page++) {
      var response = graphQl.documentName("source").variable("id", ARTICLE_SOURCE).variable("first", 15)
          .variable("after", after).execute();
      response.path("node.claims.totalCount").entity(Integer.class).isEqualTo(40)
          .path("node.claims.edges[*].node.source.id").entityList(String.class).satisfies(sources -> assertThat(sources).containsOnly(ARTICLE_SOURCE));
      ids.addAll(response.path("node.claims.edges[*].node.id").entityList(String.class).get());
      if (!response.path("node.claims.pageInfo.hasNextPage").entity(Boolean.class).get()) {
        break;
      }
      after = response.path("node.claims.pageInfo.endCursor").entity(String.class).get();
    }
    assertThat(ids).hasSize(40).doesNotHaveDuplicates().isSorted()
        .contains("claim:romero-verified-107-released", "claim:cne-maduro-won", "claim:opposition-gonzalez-won");
  }

  @Test
  void shouldListTheSources() {
    graphQl.documentName("sources").execute()
        .path("sources.totalCount").entity(Integer.class).isEqualTo(1)
        .path("sources.edges[*].node.id").entityList(String.class).containsExactly(ARTICLE_SOURCE)
        .path("sources.edges[0].node.publishedOn").entity(String.class).isEqualTo("2024-11-16")
        .path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
  }
}
