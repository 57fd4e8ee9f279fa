package org.casegraph.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casegraph.support.BadRequestException;

/** What a file to import or export holds: a Casegraph data set, or FollowTheMoney entity JSON lines. */
public enum ExchangeFormat {
  CASEGRAPH("application/json", "casegraph.json"),
  FTM("application/x-ndjson", "entities.ftm.jsonl");

  final String mediaType;
  final String fileName;

  ExchangeFormat(String mediaType, String fileName) {
    this.mediaType = mediaType;
    this.fileName = fileName;
  }

  static ExchangeFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("'%s' is not a format; use %s".formatted(text,
          Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "))));
    }
  }
}
