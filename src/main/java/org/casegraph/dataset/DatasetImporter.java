package org.casegraph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casegraph.support.IndexStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Imports a data set: validates all of it, then writes all of it in one transaction, or nothing. */
@Service
public class DatasetImporter {

  private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

  private final DatasetValidator validator;
  private final DatasetWriter writer;
  private final IndexStatistics statistics;

  DatasetImporter(DatasetValidator validator, DatasetWriter writer, IndexStatistics statistics) {
    this.validator = validator;
    this.writer = writer;
    this.statistics = statistics;
  }

  public ImportReport importFile(Path file) {
    try {
      return importContent(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws InvalidDatasetException listing every problem, with nothing written
   */
  public ImportReport importContent(byte[] content) {
    var result = validator.validate(content, writer);
    if (result.dataset() == null) {
      throw new InvalidDatasetException(result.problems());
    }
    var d = result.dataset();
    var report = writer.write(Rows.of(d), d.counts());
    log.info("Imported a data set: {}", report);
    statistics.resampleOutdated();
    return report;
  }
}
