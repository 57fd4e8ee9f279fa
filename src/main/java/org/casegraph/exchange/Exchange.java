package org.casegraph.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.IndexStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Import and export, the same over HTTP and GraphQL. A data set is imported all or nothing, in one
 * transaction; FollowTheMoney lines stream in batches, each its own transaction. Exports show what the
 * one asking may see.
 */
@Service
public class Exchange {

  static final String DEFAULT_DATASET = "import";

  private final DatasetImport datasets;
  private final FtmImport ftm;
  private final ExportRepository repository;
  private final Exporter exporter;
  private final ExchangeProperties properties;
  private final IndexStatistics statistics;

  Exchange(DatasetImport datasets, FtmImport ftm, ExportRepository repository, Exporter exporter, ExchangeProperties properties,
      IndexStatistics statistics) {
    this.datasets = datasets;
    this.ftm = ftm;
    this.repository = repository;
    this.exporter = exporter;
    this.properties = properties;
    this.statistics = statistics;
  }

  /** A data set is too large to be imported in one transaction. */
  static final class TooLargeException extends BadRequestException {
    TooLargeException(String message) {
      super(message);
    }
  }

  /**
   * @param dataset for FollowTheMoney, the name of the data set the entities come from; their source is named after it
   */
  public ExchangeReport importData(ExchangeFormat format, InputStream content, @Nullable String dataset,
      @Nullable String publisher, @Nullable String url) {
    var report = switch (format) {
      case CASEGRAPH -> datasets.importContent(bounded(content));
      case FTM -> ftm.importLines(content, origin(dataset, publisher, url));
    };
    statistics.resampleOutdated();
    return report;
  }

  public ExchangeReport importData(ExchangeFormat format, String content, @Nullable String dataset,
      @Nullable String publisher, @Nullable String url) {
    return importData(format, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), dataset, publisher, url);
  }

  /** The whole graph, or the subgraph within {@code depth} of {@code around}, as the one asking may see it. */
  ExportScope scope(@Nullable String around, @Nullable Integer depth) {
    var seesRestricted = Viewer.seesRestricted();
    if (around == null) {
      if (depth != null) {
        throw new BadRequestException("depth needs around: the node whose surroundings to export");
      }
      return repository.all(seesRestricted);
    }
    var d = depth == null ? 1 : depth;
    if (d < 0 || d > properties.maxDepth()) {
      throw new BadRequestException("depth must be between 0 and %d, not %d".formatted(properties.maxDepth(), d));
    }
    return repository.around(around, d, properties.maxSubgraphNodes(), seesRestricted);
  }

  /** Exactly these nodes and the facts among them (a page's canvas), as the one asking may see them. */
  ExportScope scope(java.util.List<String> ids) {
    if (ids.isEmpty()) {
      throw new BadRequestException("ids: name at least one node to export");
    }
    return repository.among(ids, properties.maxSubgraphNodes(), Viewer.seesRestricted());
  }

  void export(ExchangeFormat format, ExportScope scope, OutputStream out) {
    exporter.export(format, scope, out);
  }

  /** An export as text, for the GraphQL field; one too large for a response is refused. */
  String exportText(ExchangeFormat format, @Nullable String around, @Nullable Integer depth) {
    var max = properties.maxGraphQlExport().toBytes();
    var out = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        if (count + len > max) {
          throw new TooLargeException("The export is larger than %s; download it from GET /api/export instead"
              .formatted(properties.maxGraphQlExport()));
        }
        super.write(b, off, len);
      }

      @Override
      public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
    export(format, scope(around, depth), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private byte[] bounded(InputStream content) {
    var max = properties.maxDatasetSize().toBytes();
    try {
      var bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new TooLargeException(("The data set is larger than %s, the most imported in one transaction; split it, "
            + "or import people and organisations as FollowTheMoney lines").formatted(properties.maxDatasetSize()));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the data set: " + e.getMessage(), e);
    }
  }

  private static FtmOrigin origin(@Nullable String dataset, @Nullable String publisher, @Nullable String url) {
    var name = dataset == null || dataset.isBlank() ? DEFAULT_DATASET : dataset.strip();
    if (name.length() > 200) {
      throw new BadRequestException("dataset is a name of at most 200 characters");
    }
    return new FtmOrigin(name, blankToNull(publisher), blankToNull(url));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
