package org.casegraph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.casegraph.support.IndexStatistics;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled article data set on the first start of an empty store, so the first query shows
 * data. On by default for the embedded database (see application.yml); a store that holds any source
 * is left as it is.
 */
@Component
@ConditionalOnProperty(name = "casegraph.seed.enabled", havingValue = "true")
class SeedLoader implements ApplicationRunner {

  static final String ARTICLE = "datasets/venezuela-post-election-releases.json";
  private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

  private final Driver driver;
  private final DatasetImporter importer;
  private final IndexStatistics statistics;

  SeedLoader(Driver driver, DatasetImporter importer, IndexStatistics statistics) {
    this.driver = driver;
    this.importer = importer;
    this.statistics = statistics;
  }

  @Override
  public void run(ApplicationArguments args) {
    var empty = driver.executableQuery("MATCH (s:Source) RETURN count(s) = 0 AS empty").execute()
        .records().getFirst().get("empty").asBoolean();
    if (!empty) {
      return;
    }
    try {
      log.info("The store is empty: loading the article data set {}", ARTICLE);
      importer.importContent(new ClassPathResource(ARTICLE).getContentAsByteArray());
      // The first requests are planned on what the indexes hold, not on indexes never sampled.
      statistics.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
