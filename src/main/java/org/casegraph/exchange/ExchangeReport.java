package org.casegraph.exchange;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, item by item compared with what was stored: created, updated, unchanged, and
 * rejected with reasons (listed up to a limit, always counted).
 *
 * @param written false when the whole file was refused and nothing was written
 * @param items the items the file held (for FollowTheMoney, its non-blank lines)
 * @param transactions the write transactions committed
 * @param source the source the imported entities are recorded as coming from (FollowTheMoney)
 * @param error why the import stopped part-way, where it did; what was committed before stays
 */
public record ExchangeReport(ExchangeFormat format, boolean written, long items, long created, long updated,
    long unchanged, long rejected, List<Rejection> rejections, boolean rejectionsTruncated, int transactions,
    @Nullable String source, @Nullable String error, double seconds) {

  public boolean changedNothing() {
    return created == 0 && updated == 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %,d items: %,d created, %,d updated, %,d unchanged, %,d rejected, in %,d transactions, %.1f s%s",
        format, items, created, updated, unchanged, rejected, transactions, seconds, error == null ? "" : "; stopped: " + error);
  }
}
