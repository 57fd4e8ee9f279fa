package org.casegraph.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casegraph.CasegraphApplication;
import org.casegraph.support.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar casegraph.jar import FILE}: imports a data set into the configured database, prints
 * what it did or every problem it found, and exits (non-zero when the file was refused).
 */
@Component
@ConditionalOnProperty(name = CasegraphApplication.COMMAND, havingValue = "import")
class ImportCommand extends Command {

  private final DatasetImporter importer;

  ImportCommand(DatasetImporter importer) {
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) {
    var files = args.getNonOptionArgs().stream().skip(1).toList();
    if (files.isEmpty()) {
      fail("usage: java -jar casegraph.jar import FILE [FILE…]");
    }
    for (var name : files) {
      var file = Path.of(name);
      if (!Files.isReadable(file)) {
        fail("Cannot read " + file.toAbsolutePath());
        continue;
      }
      try {
        var report = importer.importFile(file);
        System.out.println(file + ": " + (report.changedNothing() ? "already imported, nothing changed (" + report + ")" : report));
      } catch (InvalidDatasetException e) {
        fail(file + ": " + e.getMessage());
      }
    }
  }
}
