package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Relay cursor pagination on every list: each page once, a stable total, and page sizes kept in bounds. */
class PaginationIT extends ApiIT {

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource({
      "claims, 7, 40", "claims, 10, 40", "events, 5, 13", "organisations, 3, 9", "organisations, 2, 9",
      "people, 1, 3", "charges, 2, 3", "prisons, 1, 1", "sources, 1, 1"
  })
  void shouldWalkEveryPageExactlyOnce(String list, int size, int total) {
    var walked = new ArrayList<String>();
    String after = null;
    int pages = 0;
    while (true) {
      var response = graphQl.documentName(list).variable("first", size).variable("after", after).execute();
      pages++;
      response.path(list + ".totalCount").entity(Integer.class).isEqualTo(total);
      var page = response.path(list + ".edges[*].node.id").entityList(String.class).get();
      var cursors = response.path(list + ".edges[*].cursor").entityList(String.class).get();
      var hasNextPage = response.path(list + ".pageInfo.hasNextPage").entity(Boolean.class).get();
      var endCursor = response.path(list + ".pageInfo.endCursor").entity(String.class).get();
      assertThat(endCursor).isEqualTo(cursors.getLast());
      walked.addAll(page);
      if (!hasNextPage) {
        assertThat(page).hasSizeBetween(1, size);
        break;
      }
      assertThat(page).hasSize(size);
      assertThat(pages).as("pages walked").isLessThan(total + 1);
      after = endCursor;
    }
    assertThat(pages).isEqualTo((total + size - 1) / size);
    var all = graphQl.documentName(list).variable("first", 100).execute()
        .path(list + ".edges[*].node.id").entityList(String.class).get();
    assertThat(walked).hasSize(total).doesNotHaveDuplicates().isSorted().containsExactlyElementsOf(all);
  }

  @Test
  void shouldSayThereIsAPreviousPageAfterTheFirst() {
    var endCursor = graphQl.documentName("claims").variable("first", 5).execute()
        .path("claims.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
        .path("claims.pageInfo.endCursor").entity(String.class).get();
    graphQl.documentName("claims").variable("first", 5).variable("after", endCursor).execute()
        .path("claims.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
        .path("claims.edges[0].cursor").entity(String.class).satisfies(c -> assertThat(c).isNotEqualTo(endCursor));
  }

  @Test
  void shouldPageThroughTheClaimsAnEntityMade() {
    var walked = new ArrayList<String>();
    String after = null;
    int pages = 0;
    boolean hasNextPage = true;
    while (hasNextPage) {
      var response = graphQl.documentName("claimsMade").variable("id", "org:article-publisher").variable("first", 5)
          .variable("after", after).execute();
      pages++;
      response.path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(22);
      walked.addAll(response.path("node.claimsMade.edges[*].node.id").entityList(String.class).get());
      hasNextPage = response.path("node.claimsMade.pageInfo.hasNextPage").entity(Boolean.class).get();
      after = response.path("node.claimsMade.pageInfo.endCursor").entity(String.class).get();
      assertThat(pages).isLessThanOrEqualTo(5);
    }
    assertThat(pages).isEqualTo(5);
    assertThat(walked).hasSize(22).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void shouldGiveTheTotalButNoEdgesForFirstZero() {
    graphQl.documentName("claims").variable("first", 0).execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(40)
        .path("claims.edges").entityList(Object.class).hasSize(0)
        .path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
        .path("claims.pageInfo.endCursor").valueIsNull();
    graphQl.documentName("claimsMade").variable("id", "org:cne").variable("first", 0).execute()
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(4)
        .path("node.claimsMade.edges").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldAcceptAPageOfTheMaximumSize() {
    graphQl.documentName("claims").variable("first", 100).execute()
        .path("claims.edges").entityList(Object.class).hasSize(40)
        .path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"people", "organisations", "prisons", "charges", "events", "claims", "sources"})
  void shouldRefuseAPageLargerThanTheMaximumAndSayWhatItIs(String list) {
    expectBadRequest(graphQl.documentName(list).variable("first", 101).execute(), "100");
  }

  @Test
  void shouldRefuseANestedPageLargerThanTheMaximum() {
    expectBadRequest(graphQl.documentName("claimsMade").variable("id", "org:cne").variable("first", 101).execute(), "100");
  }

  @Test
  void shouldRefuseANegativePageSize() {
    expectBadRequest(graphQl.documentName("claims").variable("first", -1).execute(), "-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "!!not-base64!!", "aWQ", ""})
  void shouldRefuseACursorItDidNotGiveOut(String cursor) {
    expectBadRequest(graphQl.documentName("claims").variable("first", 5).variable("after", cursor).execute(), "cursor");
  }

  @Test
  void shouldRefuseANestedCursorItDidNotGiveOut() {
    expectBadRequest(graphQl.documentName("claimsMade").variable("id", "org:cne").variable("after", "garbage").execute(), "cursor");
  }

  private static void expectBadRequest(GraphQlTester.Response response, String inMessage) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
      assertThat(error.getMessage()).contains(inMessage);
      ErrorMessages.assertNothingInternal(error);
    }));
  }
}
