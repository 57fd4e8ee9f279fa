package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Which variables can change a document's depth or complexity, so that a new value of one is checked again. */
class CheckedShapesTests {

  @Test
  void shouldTellPageSizesAndDirectivesFromIdsAndFilters() {
    var document = Parser.parse("""
        query($id: ID!, $made: Int, $withSources: Boolean!, $text: String) {
          node(id: $id) { ... on Organisation { claimsMade(first: $made) { totalCount } } }
          search(text: $text, first: 10) { score }
          sources @include(if: $withSources) { totalCount }
        }
        """);
    assertThat(CheckedShapes.shapeVariables(document)).containsExactly("made", "withSources");
  }

  @Test
  void shouldFindThemInsideFragments() {
    var document = Parser.parse("""
        query($n: Int, $skip: Boolean!) { claims(first: 5) { ...page } }
        fragment page on ClaimConnection { edges { node { claimant { claimsMade(first: $n) { totalCount } } id @skip(if: $skip) } } }
        """);
    assertThat(CheckedShapes.shapeVariables(document)).containsExactly("n", "skip");
  }
}
