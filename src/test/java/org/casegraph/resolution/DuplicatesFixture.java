package org.casegraph.resolution;

import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;

/**
 * The article and a fixture of people, organisations and a prison under two spellings, loaded before each
 * test and removed after it with any merge of them and its audit record.
 */
abstract class DuplicatesFixture extends ApiIT {

  static final String FIXTURE = "datasets/fixture-duplicates.json";
  static final String ANA = "person:fixture-dup-ana-perez";
  static final String ANA_DUPLICATE = "person:fixture-dup-ana-peres";

  @BeforeEach
  void loadDuplicates() throws Exception {
    importer.importContent(new ClassPathResource(FIXTURE).getContentAsByteArray());
  }

  @AfterEach
  void removeDuplicates() {
    driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':fixture-dup-' DETACH DELETE n").execute();
    driver.executableQuery("MATCH (m:Merge) DELETE m").execute();
    driver.executableQuery("""
        MATCH (c:Change) WHERE c.action IN ['mergeEntities', 'unmergeEntities']
        OPTIONAL MATCH (v:ChangedNode {change: c.id})
        DETACH DELETE c, v
        """).execute();
  }
}
