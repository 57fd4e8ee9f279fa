package org.casegraph.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casegraph.graph.RelationshipType;
import org.casegraph.support.Folding;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A validated data set as the rows the writer sends to Neo4j: per label, each node's full property
 * map (with the derived keys search and filters use); per relationship type, the pairs to link.
 */
final class Rows {

  /** The node labels an import writes, with the labels each node also carries. */
  enum Label {
    SOURCE("Source"), PERSON("Entity:Person"), ORGANISATION("Entity:Organisation"), PRISON("Entity:Prison"),
    EVENT("Event"), CHARGE("Charge"), DETENTION("Detention"), ROLE("Role"), CLAIM("Claim");

    final String labels;

    Label(String labels) {
      this.labels = labels;
    }
  }

  final Map<Label, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
  final Map<RelationshipType, List<Map<String, Object>>> links = new LinkedHashMap<>();
  private final Map<RelationshipType, Set<Map<String, Object>>> seen = new HashMap<>();

  static Rows of(Dataset d) {
    var rows = new Rows();
    d.sources().forEach(s -> rows.node(Label.SOURCE, props(s.id())
        .put("title", s.title()).put("publisher", s.publisher()).put("url", s.url())
        .range("publishedOn", s.publishedOn()).put("publishedOnInferred", s.publishedOnInferred()).put("note", s.note())
        .put("restricted", Boolean.TRUE.equals(s.restricted()) ? true : null)));
    d.people().forEach(p -> rows.node(Label.PERSON, entity(p.id(), p.name(), p.aliases(), p.description())
        .put("nationality", p.nationality()).date("birthDate", p.birthDate())));
    d.organisations().forEach(o -> rows.node(Label.ORGANISATION, entity(o.id(), o.name(), o.aliases(), o.description())
        .put("category", o.category()).put("country", o.country())));
    d.prisons().forEach(p -> rows.node(Label.PRISON, entity(p.id(), p.name(), p.aliases(), p.description())
        .put("region", p.region()).put("regionKey", p.region() == null ? null : Folding.fold(p.region())).put("country", p.country())));
    d.events().forEach(e -> {
      rows.node(Label.EVENT, props(e.id()).put("kind", e.kind()).put("title", e.title()).range("date", e.date())
          .put("prison", e.prison()).quantity("count", e.count()));
      rows.link(RelationshipType.AT, e.id(), e.prison());
      Dataset.orEmpty(e.participants()).forEach(p -> rows.link(RelationshipType.PARTICIPATED_IN, p.entity(), e.id(), p.role()));
    });
    d.charges().forEach(c -> {
      rows.node(Label.CHARGE, props(c.id()).put("offence", c.offence()).put("offenceKey", Folding.fold(c.offence()))
          .quantity("defendantCount", c.defendantCount()).date("filedOn", c.filedOn()));
      Dataset.orEmpty(c.defendants()).forEach(p -> rows.link(RelationshipType.AGAINST, c.id(), p));
    });
    d.detentions().forEach(x -> {
      rows.node(Label.DETENTION, props(x.id()).put("person", x.person()).put("prison", x.prison())
          .date("since", x.since()).date("until", x.until()));
      rows.link(RelationshipType.OF, x.id(), x.person());
      rows.link(RelationshipType.AT, x.id(), x.prison());
      Dataset.orEmpty(x.charges()).forEach(c -> rows.link(RelationshipType.ON_CHARGE, x.id(), c));
    });
    d.roles().forEach(r -> {
      rows.node(Label.ROLE, props(r.id()).put("person", r.person()).put("organisation", r.organisation())
          .put("title", r.title()).date("since", r.since()).date("until", r.until()));
      rows.link(RelationshipType.OF, r.id(), r.person());
      rows.link(RelationshipType.IN, r.id(), r.organisation());
    });
    d.claims().forEach(c -> {
      rows.node(Label.CLAIM, props(c.id()).put("statement", c.statement()).put("quote", c.quote())
          .put("claimant", c.claimant()).put("source", c.source()).range("claimedOn", c.claimedOn())
          .put("event", c.event()).quantity("quantity", c.quantity()));
      rows.link(RelationshipType.CLAIMED_BY, c.id(), c.claimant());
      rows.link(RelationshipType.FROM, c.id(), c.source());
      rows.link(RelationshipType.REPORTS, c.id(), c.event());
      Dataset.orEmpty(c.subjects()).forEach(s -> rows.link(RelationshipType.ABOUT, c.id(), s));
      Dataset.orEmpty(c.asserts()).forEach(f -> rows.link(RelationshipType.ASSERTS, c.id(), f));
      Dataset.orEmpty(c.supports()).forEach(o -> rows.link(RelationshipType.SUPPORTS, c.id(), o));
      // Contradiction is symmetric: one relationship per pair, from the smaller id, whichever side lists it.
      Dataset.orEmpty(c.contradicts()).forEach(o -> rows.link(RelationshipType.CONTRADICTS,
          c.id().compareTo(o) < 0 ? c.id() : o, c.id().compareTo(o) < 0 ? o : c.id()));
    });
    return rows;
  }

  /** The sources this data set writes claims for: its own, and those in the graph its claims name. */
  Set<String> sourceIds() {
    var ids = new HashSet<String>();
    nodes.getOrDefault(Label.SOURCE, List.of()).forEach(s -> ids.add((String) s.get("id")));
    nodes.getOrDefault(Label.CLAIM, List.of()).forEach(c -> ids.add((String) c.get("source")));
    return ids;
  }

  private void node(Label label, Props props) {
    nodes.computeIfAbsent(label, l -> new ArrayList<>()).add(props.map);
  }

  private void link(RelationshipType type, String from, @Nullable String to) {
    link(type, from, to, null);
  }

  private void link(RelationshipType type, String from, @Nullable String to, @Nullable String role) {
    if (to == null) {
      return;
    }
    var row = new HashMap<String, Object>();
    row.put("from", from);
    row.put("to", to);
    row.put("role", role == null ? "" : role);
    // A set beside each list keeps the check linear at the size of a generated graph.
    if (seen.computeIfAbsent(type, t -> new HashSet<>()).add(row)) {
      links.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }
  }

  private static Props props(String id) {
    return new Props().put("id", id);
  }

  private static Props entity(String id, String name, @Nullable List<String> aliases, @Nullable String description) {
    var all = Dataset.orEmpty(aliases);
    return props(id).put("name", name).put("aliases", all).put("aliasText", Folding.aliasText(all))
        .put("description", description).put("nameKey", Folding.nameKey(name, all));
  }

  /** A node's properties; absent values are left out, as Neo4j stores no nulls. */
  private static final class Props {
    final Map<String, Object> map = new LinkedHashMap<>();

    Props put(String key, @Nullable Object value) {
      if (value != null) {
        map.put(key, value);
      }
      return this;
    }

    Props date(String key, @Nullable String value) {
      return put(key, value == null ? null : PartialDate.parse(value).toString());
    }

    /** A date with the first and last day it covers, for range filters and ordering. */
    Props range(String key, @Nullable String value) {
      if (value == null) {
        return this;
      }
      var date = PartialDate.parse(value);
      return put(key, date.toString()).put(key + "Start", date.start()).put(key + "End", date.end());
    }

    Props quantity(String key, @Nullable Quantity quantity) {
      if (quantity == null) {
        return this;
      }
      return put(key + "Value", quantity.value()).put(key + "Unit", quantity.unit())
          .put(key + "Qualifier", quantity.qualifier().name());
    }
  }
}
