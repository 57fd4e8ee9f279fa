package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.execution.ErrorType;

/** Mistakes in a request come back as errors a person can act on, classified, with nothing of the server's insides. */
class ErrorsIT extends ApiIT {

  @Test
  void shouldSayThereIsNoSuchNodeAndNameTheId() {
    graphQl.documentName("errors/unknownNode").execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
          assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(error.getMessage()).contains("person:nobody");
          assertThat(error.getPath()).isEqualTo("node");
          ErrorMessages.assertNothingInternal(error);
        }))
        .path("node").valueIsNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknownNode", "unknownTimeline", "unknownPathEnd", "tooManyHops", "tooDeep",
      "tooManyContradictions", "pageTooLarge", "garbageCursor", "garbageNestedCursor", "badDateLiteral", "badEnum",
      "wrongType", "unknownField", "missingArgument", "searchWithoutWords", "brokenSyntax"})
  void shouldAnswerAClientMistakeWithAClassifiedErrorAndNothingInternal(String mistake) {
    graphQl.documentName("errors/" + mistake).execute()
        .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
          assertThat(error.getExtensions().get("classification")).as("classification")
              .isIn("NOT_FOUND", "BAD_REQUEST", "ValidationError", "InvalidSyntax");
          ErrorMessages.assertNothingInternal(error);
        }));
  }

  @Test
  void shouldAnswerABadVariableWithAClassifiedErrorAndNothingInternal() {
    graphQl.documentName("errors/badDateVariable").variable("from", "2024-02-30").execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getExtensions().get("classification")).isEqualTo("ValidationError");
          assertThat(error.getMessage()).contains("2024-02-30");
          ErrorMessages.assertNothingInternal(error);
        }));
  }

  @Test
  void shouldRefuseOnlyTheFieldThatFailsAndAnswerTheRest() {
    graphQl.documentName("partialFailure").execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(error -> assertThat(error.getPath()).isEqualTo("missing")))
        .path("missing").valueIsNull()
        .path("found.id").entity(String.class).isEqualTo("org:foro-penal");
  }
}
