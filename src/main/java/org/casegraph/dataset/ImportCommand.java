package org.casegraph.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casegraph.CasegraphApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar casegraph.jar import FILE}: imports a data set into the configured database, prints
 * what it did or every problem it found, and exits (non-zero when the file was refused).
 */
@Component
@ConditionalOnProperty(name = CasegraphApplication.COMMAND, havingValue = "import")
class ImportCommand implements ApplicationRunner {

  private final DatasetImporter importer;

  ImportCommand(DatasetImporter importer) {
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) {
    var files = args.getNonOptionArgs().stream().skip(1).toList();
    if (files.isEmpty()) {
      throw new CommandFailedException("usage: java -jar casegraph.jar import FILE [FILE…]");
    }
    for (var name : files) {
      var file = Path.of(name);
      if (!Files.isReadable(file)) {
        throw new CommandFailedException("Cannot read " + file.toAbsolutePath());
      }
      try {
        var report = importer.importFile(file);
        System.out.println(file + ": " + (report.changedNothing() ? "already imported, nothing changed (" + report + ")" : report));
      } catch (InvalidDatasetException e) {
        throw new CommandFailedException(file + ": " + e.getMessage());
      }
    }
  }

  /** The command could not do its work; the message says why. */
  static class CommandFailedException extends RuntimeException {
    CommandFailedException(String message) {
      super(message);
    }
  }
}
