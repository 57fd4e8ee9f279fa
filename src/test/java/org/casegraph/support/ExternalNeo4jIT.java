package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With a Neo4j URI configured, the app starts no Neo4j of its own and serves what that server holds. */
class ExternalNeo4jIT extends ApiIT {

  @Autowired
  ApplicationContext context;

  @Test
  void shouldUseTheConfiguredServerAndStartNoEmbeddedNeo4j() {
    assertThat(context.getBeanProvider(DatabaseManagementService.class).getIfAvailable()).isNull();

    var claimsInTheServer = TestDatabase.count("MATCH (c:Claim) RETURN count(c)");
    graphQl.document("{ claims { totalCount } }").execute()
        .path("claims.totalCount").entity(Long.class).isEqualTo(claimsInTheServer);
    assertThat(claimsInTheServer).isEqualTo(40);
  }
}
