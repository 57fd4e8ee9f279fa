package org.casegraph.security;

import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.TestPropertySource;

/** With anonymous reads switched on (a public data set), anyone may query, and nobody without a token may write. */
@TestPropertySource(properties = "casegraph.security.anonymous-reads=true")
class AnonymousReadsIT extends ApiIT {

  @Test
  void shouldAnswerQueriesWithoutAToken() {
    anonymous().document("{ viewer { name access } sources { totalCount } }").execute().errors().verify()
        .path("viewer.name").entity(String.class).isEqualTo("anonymous")
        .path("viewer.access").entityList(String.class).containsExactly("READER")
        .path("sources.totalCount").entity(Integer.class).isEqualTo(1);
  }

  @Test
  void shouldRefuseWritesWithoutAToken() {
    anonymous().document("mutation { createToken(name: \"anyone\", access: [ADMIN]) { secret } }").execute()
        .errors().expect(e -> e.getErrorType() == ErrorType.UNAUTHORIZED && e.getMessage().contains("needs a token")).verify();
  }
}
