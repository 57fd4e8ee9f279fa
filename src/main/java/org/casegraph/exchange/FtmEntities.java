package org.casegraph.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casegraph.dataset.Dataset;
import org.casegraph.support.Folding;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * FollowTheMoney entities as Casegraph people and organisations, and back. A Person becomes a person;
 * an Organization, Company, PublicBody or LegalEntity an organisation; a relationship line is read by
 * {@link FtmLinks}. Ids become stable Casegraph ids:
 * an id that already is one (from a Casegraph export) is kept, any other becomes {@code person:ftm-<slug>}
 * or {@code org:ftm-<slug>}, with a short hash of the original where the slug had to change it.
 */
final class FtmEntities {

  static final Set<String> ORGANISATION_SCHEMATA = Set.of("Organization", "Company", "PublicBody", "LegalEntity");
  static final Set<String> CATEGORIES = Set.of("NGO", "GOVERNMENT_BODY", "ELECTORAL_AUTHORITY", "PROSECUTOR", "COURT",
      "POLITICAL_GROUP", "STATE", "INTERNATIONAL_BODY", "MEDIA", "OTHER");
  static final Set<String> PUBLIC_CATEGORIES = Set.of("GOVERNMENT_BODY", "ELECTORAL_AUTHORITY", "PROSECUTOR", "COURT", "STATE");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final int MAX_SLUG = 80;

  private FtmEntities() {}

  /** What a line becomes: a person or organisation, or a reason why not. */
  sealed interface Outcome permits Mapped, Related, Refused {}

  /** @param item a {@link Dataset.PersonItem} or {@link Dataset.OrganisationItem} */
  record Mapped(String id, String ftmId, String schema, Object item) implements Outcome {}

  /** A relationship line, written once its two parties are (see {@link FtmLinks}). */
  record Related(FtmLinks.Link link) implements Outcome {}

  record Refused(@Nullable String ftmId, String reason) implements Outcome {}

  static Outcome map(JsonNode entity) {
    if (!entity.isObject()) {
      return new Refused(null, "not a JSON object");
    }
    var ftmId = text(entity.get("id"));
    var schema = text(entity.get("schema"));
    if (ftmId == null) {
      return new Refused(null, "no id");
    }
    if (schema == null) {
      return new Refused(ftmId, "no schema");
    }
    var properties = entity.get("properties");
    if (properties != null && !properties.isObject()) {
      return new Refused(ftmId, "'properties' is not an object");
    }
    var shape = FtmLinks.Shape.of(schema);
    if (shape != null) {
      return switch (FtmLinks.read(ftmId, shape, properties)) {
        case FtmLinks.Read r -> new Related(r.link());
        case FtmLinks.Refused r -> new Refused(ftmId, r.reason());
      };
    }
    if (!schema.equals("Person") && !ORGANISATION_SCHEMATA.contains(schema)) {
      return new Refused(ftmId, ("schema '%s' is not imported: only Person, Organization, Company, PublicBody and LegalEntity "
          + "are, and the relationships Membership, Employment, Directorship, Ownership, Family, Associate and UnknownLink")
          .formatted(schema));
    }
    var p = new Properties(properties);
    var names = new ArrayList<>(p.all("name"));
    if (names.isEmpty() && schema.equals("Person")) {
      var full = String.join(" ", p.all("firstName").stream().limit(1).toList()) + " "
          + String.join(" ", p.all("lastName").stream().limit(1).toList());
      if (!full.isBlank()) {
        names.add(full.strip());
      }
    }
    if (names.isEmpty()) {
      return new Refused(ftmId, "no name");
    }
    var name = names.getFirst();
    var aliases = new LinkedHashSet<String>(names);
    aliases.addAll(p.all("alias"));
    aliases.addAll(p.all("previousName"));
    aliases.addAll(p.all("weakAlias"));
    aliases.remove(name);
    var description = p.first("description", "notes", "summary");
    try {
      if (schema.equals("Person")) {
        var id = casegraphId("person", ftmId);
        return new Mapped(id, ftmId, schema, new Dataset.PersonItem(id, name, List.copyOf(aliases), description,
            country(p, "nationality", "citizenship", "country"), birthDate(p.all("birthDate"))));
      }
      var id = casegraphId("org", ftmId);
      return new Mapped(id, ftmId, schema, new Dataset.OrganisationItem(id, name, List.copyOf(aliases), description,
          category(schema, p.all("classification")), country(p, "country", "jurisdiction", "mainCountry")));
    } catch (IllegalArgumentException e) {
      return new Refused(ftmId, e.getMessage());
    }
  }

  /** The Casegraph id for a FollowTheMoney id, the same every time. */
  static String casegraphId(String prefix, String ftmId) {
    if (ftmId.startsWith(prefix + ":") && SLUG.matcher(ftmId.substring(prefix.length() + 1)).matches()) {
      return ftmId;
    }
    var slug = Folding.fold(ftmId).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    if (!slug.equals(ftmId)) {
      slug = (slug.isEmpty() ? "" : slug + "-") + hash(ftmId);
    }
    return prefix + ":ftm-" + slug;
  }

  static String category(String schema, List<String> classifications) {
    for (var c : classifications) {
      var upper = c.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
      if (CATEGORIES.contains(upper)) {
        return upper;
      }
    }
    return schema.equals("PublicBody") ? "GOVERNMENT_BODY" : "OTHER";
  }

  /** The FollowTheMoney schema that best fits a Casegraph organisation category. */
  static String schemaOf(String category) {
    return PUBLIC_CATEGORIES.contains(category) ? "PublicBody" : "Organization";
  }

  private static @Nullable String country(Properties p, String... names) {
    var values = new ArrayList<String>();
    for (var n : names) {
      values.addAll(p.all(n));
    }
    for (var v : values) {
      if (COUNTRY.matcher(v).matches()) {
        return v.toUpperCase(Locale.ROOT);
      }
    }
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("%s '%s' is not an ISO 3166-1 alpha-2 country code".formatted(names[0], values.getFirst()));
    }
    return null;
  }

  private static @Nullable String birthDate(List<String> values) {
    for (var v : values) {
      var m = DATE.matcher(v);
      if (m.find()) {
        try {
          return PartialDate.parse(m.group()).toString();
        } catch (IllegalArgumentException notADate) {
          // the next value may be one
        }
      }
    }
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("birthDate '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".formatted(values.getFirst()));
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
  }

  private static String hash(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An entity's properties: each a list of strings; blank values and values of other types are skipped. */
  private record Properties(@Nullable JsonNode node) {
    List<String> all(String name) {
      var values = new ArrayList<String>();
      var list = node == null ? null : node.get(name);
      if (list != null && list.isArray()) {
        list.forEach(v -> {
          var t = text(v);
          if (t != null && !values.contains(t)) {
            values.add(t);
          }
        });
      }
      return values;
    }

    @Nullable String first(String... names) {
      for (var n : names) {
        var values = all(n);
        if (!values.isEmpty()) {
          return values.getFirst();
        }
      }
      return null;
    }
  }
}
