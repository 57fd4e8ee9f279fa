package org.casegraph.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casegraph.support.PartialDate;
import org.casegraph.tie.Tie;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * FollowTheMoney relationship lines (Membership, Employment, Directorship, Ownership, Family, Associate,
 * UnknownLink) read into what a claim needs: the two parties' FollowTheMoney ids, how they are related,
 * the dates, and the line's provenance. Whether it becomes a role or a tie is decided once the parties are
 * found in the graph (a role needs a person and an organisation).
 */
final class FtmLinks {

  /**
   * One FollowTheMoney relationship schema: the properties naming its two parties, the property saying how
   * they are related, the title a role takes when it says nothing, and the sentence a claim states.
   */
  enum Shape {
    MEMBERSHIP("Membership", "member", "organization", "role", "member", Tie.Kind.MEMBERSHIP, "%s is a member of %s"),
    EMPLOYMENT("Employment", "employee", "employer", "role", "employee", Tie.Kind.EMPLOYMENT, "%s is employed by %s"),
    DIRECTORSHIP("Directorship", "director", "organization", "role", "director", Tie.Kind.DIRECTORSHIP, "%s is a director of %s"),
    OWNERSHIP("Ownership", "owner", "asset", "role", null, Tie.Kind.OWNERSHIP, "%s owns %s"),
    FAMILY("Family", "person", "relative", "relationship", null, Tie.Kind.FAMILY, "%s and %s are family"),
    ASSOCIATE("Associate", "person", "associate", "relationship", null, Tie.Kind.ASSOCIATE, "%s is an associate of %s"),
    UNKNOWN_LINK("UnknownLink", "subject", "object", "role", null, Tie.Kind.UNKNOWN, "%s is linked to %s");

    final String schema;
    final String from;
    final String to;
    final String detail;
    final @Nullable String defaultTitle;
    final Tie.Kind kind;
    private final String statement;

    Shape(String schema, String from, String to, String detail, @Nullable String defaultTitle, Tie.Kind kind, String statement) {
      this.schema = schema;
      this.from = from;
      this.to = to;
      this.detail = detail;
      this.defaultTitle = defaultTitle;
      this.kind = kind;
      this.statement = statement;
    }

    /** Whether a person and an organisation joined this way hold a role. */
    boolean isRole() {
      return defaultTitle != null;
    }

    String statement(String fromName, String toName, @Nullable String detail, @Nullable String percentage) {
      var text = statement.formatted(fromName, toName);
      if (percentage != null) {
        text += " (" + percentage + (percentage.matches("[0-9.,]+") ? "%" : "") + ")";
      }
      return detail == null || detail.equals(defaultTitle) ? text : text + ": " + detail;
    }

    /** The schema a tie of this kind is written as, when it was not imported with one. */
    static Shape of(Tie.Kind kind) {
      for (var s : values()) {
        if (s.kind == kind) {
          return s;
        }
      }
      throw new IllegalArgumentException(kind.name());
    }

    static @Nullable Shape of(String schema) {
      for (var s : values()) {
        if (s.schema.equals(schema)) {
          return s;
        }
      }
      return null;
    }
  }

  /**
   * A relationship line as read: the FollowTheMoney ids of its two parties, how they are related, its dates
   * (partial dates as text) and its provenance, each kept as the line gives it.
   */
  record Link(String ftmId, Shape shape, String from, String to, @Nullable String detail, @Nullable String percentage,
      @Nullable String since, @Nullable String until, @Nullable String date, @Nullable String summary,
      @Nullable String sourceUrl, @Nullable String recordId, @Nullable String modifiedAt) {

    /** When the publisher stated it: the day of {@code modifiedAt}, else the line's {@code date}; else undated. */
    @Nullable String claimedOn() {
      return modifiedAt != null ? datePart(modifiedAt) : date;
    }
  }

  /** What a relationship line becomes: a link to look up, or a reason why not. */
  sealed interface Outcome permits Read, Refused {}

  record Read(Link link) implements Outcome {}

  record Refused(String reason) implements Outcome {}

  private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$");

  private FtmLinks() {}

  static boolean isRelationship(String schema) {
    return Shape.of(schema) != null;
  }

  /** Reads a relationship line whose id and schema are known (see {@link FtmEntities#map}). */
  static Outcome read(String ftmId, Shape shape, @Nullable JsonNode properties) {
    var p = new Props(properties);
    var from = p.all(shape.from);
    var to = p.all(shape.to);
    if (from.isEmpty() || to.isEmpty()) {
      return new Refused("a %s names both %s and %s; this line has %s".formatted(shape.schema, shape.from, shape.to,
          from.isEmpty() && to.isEmpty() ? "neither" : "no " + (from.isEmpty() ? shape.from : shape.to)));
    }
    if (from.size() > 1 || to.size() > 1) {
      return new Refused("a %s joins one %s to one %s; this line names %d and %d: split it into one line per pair"
          .formatted(shape.schema, shape.from, shape.to, from.size(), to.size()));
    }
    if (from.getFirst().equals(to.getFirst())) {
      return new Refused("%s and %s are the same entity (%s)".formatted(shape.from, shape.to, from.getFirst()));
    }
    try {
      var since = date(p, "startDate");
      var until = date(p, "endDate");
      if (since != null && until != null && PartialDate.parse(until).end().isBefore(PartialDate.parse(since).start())) {
        return new Refused("endDate %s is before startDate %s".formatted(until, since));
      }
      var modifiedAt = p.first("modifiedAt");
      if (modifiedAt != null && (!TIME.matcher(modifiedAt).matches() || !isDate(datePart(modifiedAt)))) {
        return new Refused("modifiedAt '%s' is not a date or a date and time (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss)".formatted(modifiedAt));
      }
      var detail = p.first(shape.detail);
      if (detail == null && shape == Shape.OWNERSHIP) {
        detail = p.first("ownershipType");
      }
      return new Read(new Link(ftmId, shape, from.getFirst(), to.getFirst(), detail,
          shape == Shape.OWNERSHIP ? p.first("percentage") : null, since, until, date(p, "date"), p.first("summary"),
          p.first("sourceUrl"), p.first("recordId"), modifiedAt));
    } catch (IllegalArgumentException e) {
      return new Refused(e.getMessage());
    }
  }

  /** The first value of a date property that is a partial date (a time after it is dropped); only non-dates are refused. */
  private static @Nullable String date(Props p, String name) {
    var values = p.all(name);
    for (var v : values) {
      var m = DATE.matcher(v);
      if (m.find() && isDate(m.group())) {
        return PartialDate.parse(m.group()).toString();
      }
    }
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("%s '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".formatted(name, values.getFirst()));
    }
    return null;
  }

  private static boolean isDate(String text) {
    try {
      PartialDate.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String datePart(String time) {
    return time.length() > 10 ? time.substring(0, 10) : time;
  }

  /** The FollowTheMoney properties of a relationship, as an export writes them back. */
  static Map<String, List<String>> properties(Shape shape, String from, String to, @Nullable String detail,
      @Nullable String percentage, @Nullable String since, @Nullable String until, Map<String, Object> claim) {
    var properties = new java.util.LinkedHashMap<String, List<String>>();
    put(properties, shape.from, from);
    put(properties, shape.to, to);
    put(properties, shape.detail, detail);
    put(properties, "percentage", percentage);
    put(properties, "startDate", since);
    put(properties, "endDate", until);
    put(properties, "date", claim.get("ftmDate"));
    put(properties, "summary", claim.get("quote"));
    put(properties, "sourceUrl", claim.get("sourceUrl"));
    put(properties, "recordId", claim.get("ftmRecordId"));
    put(properties, "modifiedAt", claim.get("ftmModifiedAt"));
    return properties;
  }

  private static void put(Map<String, List<String>> properties, String name, @Nullable Object value) {
    if (value != null) {
      properties.put(name, List.of(value.toString()));
    }
  }

  /** A line's properties, each a list of strings; blank values and values of other types are skipped. */
  private record Props(@Nullable JsonNode node) {
    List<String> all(String name) {
      var values = new ArrayList<String>();
      var list = node == null ? null : node.get(name);
      if (list != null && list.isArray()) {
        list.forEach(v -> {
          if (v.isString() && !v.asString().isBlank() && !values.contains(v.asString().strip())) {
            values.add(v.asString().strip());
          }
        });
      }
      return values;
    }

    @Nullable String first(String name) {
      var values = all(name);
      return values.isEmpty() ? null : values.getFirst();
    }
  }
}
