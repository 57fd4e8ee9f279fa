package org.casegraph.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * An analyst keeps a view of the canvas on the server and reopens it later: the page's state as it sent
 * it, and the ids on the canvas, with those since deleted, hidden or merged said so.
 */
class SavedViewsIT extends ApiIT {

  private static final String SAVE = """
      mutation($input: SaveViewInput!) { saveView(input: $input) { id name state ids createdAt updatedAt missing merged { id into } } }
      """;
  private static final String STATE = "{\"layout\":\"fcose\",\"positions\":{\"prison:tocoron\":{\"x\":10,\"y\":20}},\"minSources\":1}";

  @AfterEach
  void removeViewsAndDuplicates() {
    driver.executableQuery("MATCH (v:SavedView) DELETE v").execute();
    driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':fixture-dup-' DETACH DELETE n").execute();
    driver.executableQuery("MATCH (m:Merge) DELETE m").execute();
    driver.executableQuery("MATCH (c:Change|ChangedNode) DETACH DELETE c").execute();
  }

  @Test
  void shouldLetAReaderSaveAViewAndReopenItAsSent() {
    var saved = save(TestTokens.READER, Map.of("name", "Tocorón releases", "state", STATE, "ids", List.of("prison:tocoron", "event:release-tocoron")))
        .path("saveView.state").entity(String.class).isEqualTo(STATE)
        .path("saveView.missing").entityList(String.class).hasSize(0)
        .path("saveView.id").entity(String.class).get();

    graphQl.document("query($id: ID!) { savedView(id: $id) { name state ids missing merged { id } } savedViews { id name } }")
        .variable("id", saved).execute()
        .path("savedView.name").entity(String.class).isEqualTo("Tocorón releases")
        .path("savedView.state").entity(String.class).isEqualTo(STATE)
        .path("savedView.ids").entityList(String.class).containsExactly("prison:tocoron", "event:release-tocoron")
        .path("savedViews[*].id").entityList(String.class).containsExactly(saved);

    save(TestTokens.READER, Map.of("id", saved, "name", "Tocorón, renamed", "state", "{}", "ids", List.of("prison:tocoron")))
        .path("saveView.id").entity(String.class).isEqualTo(saved)
        .path("saveView.ids").entityList(String.class).containsExactly("prison:tocoron");
    graphQl.document("{ savedViews { name } }").execute().path("savedViews[*].name").entityList(String.class).containsExactly("Tocorón, renamed");

    graphQl.document("mutation($id: ID!) { deleteSavedView(id: $id) }").variable("id", saved).execute()
        .path("deleteSavedView").entity(Boolean.class).isEqualTo(true);
    graphQl.document("{ savedViews { id } }").execute().path("savedViews").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldShowAnotherTokensViewToNoOneElseAndLetNoOneElseChangeIt() {
    var mine = save(TestTokens.EDITOR, Map.of("name", "Mine", "state", "{}", "ids", List.of("prison:tocoron")))
        .path("saveView.id").entity(String.class).get();
    for (var document : List.of("query($id: ID!) { savedView(id: $id) { id } }", "mutation($id: ID!) { deleteSavedView(id: $id) }")) {
      as(TestTokens.ADMIN).document(document).variable("id", mine).execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
    }
    save(TestTokens.ADMIN, Map.of("id", mine, "name", "Taken", "state", "{}", "ids", List.of()), ErrorType.NOT_FOUND);
    as(TestTokens.ADMIN).document("{ savedViews { id } }").execute().path("savedViews").entityList(Object.class).hasSize(0);
    as(TestTokens.EDITOR).document("query($id: ID!) { savedView(id: $id) { name } }").variable("id", mine).execute()
        .path("savedView.name").entity(String.class).isEqualTo("Mine");
  }

  @Test
  void shouldSayWhichIdsOfAViewWereSinceDeletedOrMergedAndKeepTheRest() throws Exception {
    importer.importContent(new ClassPathResource("datasets/fixture-duplicates.json").getContentAsByteArray());
    var ids = List.of("prison:tocoron", "person:fixture-dup-ana-peres", "person:fixture-dup-marco-ruiz", "person:fixture-dup-ana-perez");
    var saved = save(TestTokens.READER, Map.of("name", "Duplicates", "state", "{}", "ids", ids))
        .path("saveView.missing").entityList(String.class).hasSize(0)
        .path("saveView.id").entity(String.class).get();

    as(TestTokens.ADMIN).document("mutation { mergeEntities(keep: \"person:fixture-dup-ana-perez\", duplicate: \"person:fixture-dup-ana-peres\") { id } }")
        .execute().errors().verify();
    driver.executableQuery("MATCH (n:Node {id: 'person:fixture-dup-marco-ruiz'}) DETACH DELETE n").execute();

    graphQl.document("query($id: ID!) { savedView(id: $id) { ids missing merged { id into } } }").variable("id", saved).execute()
        .path("savedView.ids").entityList(String.class).satisfies(l -> assertThat(l).containsExactlyElementsOf(ids))
        .path("savedView.missing").entityList(String.class).containsExactly("person:fixture-dup-marco-ruiz")
        .path("savedView.merged[*].id").entityList(String.class).containsExactly("person:fixture-dup-ana-peres")
        .path("savedView.merged[*].into").entityList(String.class).containsExactly("person:fixture-dup-ana-perez");
  }

  @Test
  void shouldRefuseAStateTooLargeToKeepAndStoreNothing() {
    var huge = "{\"pad\":\"" + "x".repeat(100_001) + "\"}";
    save(TestTokens.READER, Map.of("name", "Too much", "state", huge, "ids", List.of()), ErrorType.BAD_REQUEST);
    save(TestTokens.READER, Map.of("name", " ", "state", "{}", "ids", List.of()), ErrorType.BAD_REQUEST);
    graphQl.document("{ savedViews { id } }").execute().path("savedViews").entityList(Object.class).hasSize(0);
  }

  private GraphQlTester.Response save(TestTokens token, Map<String, Object> input) {
    return as(token).document(SAVE).variable("input", input).execute();
  }

  private void save(TestTokens token, Map<String, Object> input, ErrorType refusal) {
    as(token).document(SAVE).variable("input", input).execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(refusal);
          assertThat(e.getMessage()).isNotBlank();
        }));
  }
}
