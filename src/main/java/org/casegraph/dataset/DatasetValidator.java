package org.casegraph.dataset;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a whole data set before anything is written: first its shape against the JSON Schema, then
 * what a schema cannot say (unique ids, real dates, references that resolve to the right kind, every
 * fact backed by a claim). Every problem is reported with its JSON path.
 */
@Component
class DatasetValidator {

  /** What a data set's references may point to, by the prefix of their ids. */
  enum Kind {
    ENTITY("person", "org", "prison"), PERSON("person"), ORGANISATION("org"), PRISON("prison"), SOURCE("source"),
    EVENT("event"), CHARGE("charge"), CLAIM("claim"), FACT("role", "tie", "detention", "charge", "event");

    private final Set<String> prefixes;

    Kind(String... prefixes) {
      this.prefixes = Set.of(prefixes);
    }

    boolean admits(String id) {
      var colon = id.indexOf(':');
      return colon > 0 && prefixes.contains(id.substring(0, colon));
    }

    String describe() {
      return name().toLowerCase().replace('_', ' ');
    }
  }

  /** What the graph already holds about ids a file refers to without defining them. */
  interface Graph {
    /** Of the given ids, those stored. */
    Set<String> existing(Collection<String> ids);

    /** Of the given fact ids, those some stored claim already backs. */
    Set<String> backed(Collection<String> ids);

    /** A graph with nothing in it: that of an empty store. */
    Graph EMPTY = new Graph() {
      @Override
      public Set<String> existing(Collection<String> ids) {
        return Set.of();
      }

      @Override
      public Set<String> backed(Collection<String> ids) {
        return Set.of();
      }
    };
  }

  record Result(@Nullable Dataset dataset, List<Problem> problems) {}

  private final JsonMapper json = JsonMapper.builder().build();
  private final Schema schema;

  DatasetValidator() {
    try (InputStream in = getClass().getResourceAsStream("/dataset/dataset.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("dataset.schema.json is missing from the classpath");
      }
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result validate(byte[] content, Graph graph) {
    JsonNode tree;
    try {
      tree = json.readTree(content);
    } catch (JacksonException e) {
      var where = e.getLocation() == null ? "" : " at line %d, column %d".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
      return new Result(null, List.of(new Problem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
    if (tree == null || tree.isMissingNode()) {
      return new Result(null, List.of(new Problem("$", "empty: no data set was sent")));
    }
    Dataset dataset;
    try {
      dataset = json.treeToValue(tree, Dataset.class);
    } catch (JacksonException e) {
      // The schema problems already say why the file cannot be read as a data set.
      return new Result(null, schemaProblems(tree));
    }
    if (dataset == null) {
      return new Result(null, List.of(new Problem("$", "not a data set: a JSON object is expected, not " + tree)));
    }
    return validate(dataset, tree, graph);
  }

  /**
   * As {@link #validate(byte[], Graph)}, for items built in memory ({@code tree} is their JSON, as a file
   * of them would hold it): the same checks, without writing the items out and reading them back.
   */
  Result validate(Dataset dataset, JsonNode tree, Graph graph) {
    var problems = schemaProblems(tree);
    // The checks beyond the schema run even when it found problems, so one pass reports them all.
    var reported = problems.stream().map(Problem::path).collect(java.util.stream.Collectors.toSet());
    var more = new ArrayList<Problem>();
    new Semantics(dataset, graph, more).check();
    more.stream().filter(p -> !reported.contains(p.path())).forEach(problems::add);
    return new Result(problems.isEmpty() ? dataset : null, problems);
  }

  private List<Problem> schemaProblems(JsonNode tree) {
    var problems = new ArrayList<Problem>();
    for (var error : schema.validate(tree)) {
      problems.add(new Problem(jsonPath(error.getInstanceLocation().toString()), error.getMessage()));
    }
    return problems;
  }

  /** The checks beyond the schema, for a data set built in memory rather than read from a file. */
  List<Problem> check(Dataset dataset, Graph graph) {
    var problems = new ArrayList<Problem>();
    new Semantics(dataset, graph, problems).check();
    return problems;
  }

  /**
   * The ids these items refer to without defining them, which {@link #validate} looks up in the graph; a
   * writer may look them up ahead, with other reads, and answer the lookup from what it found.
   */
  static Set<String> outside(Dataset dataset) {
    // Finding the references looks nothing up: any graph will do.
    return new Semantics(dataset, Graph.EMPTY, new ArrayList<>()).outside();
  }

  /** A JSON Pointer ({@code /claims/3/source}) as a JSON path ({@code $.claims[3].source}). */
  static String jsonPath(String pointer) {
    var path = new StringBuilder("$");
    for (var part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      var name = part.replace("~1", "/").replace("~0", "~");
      path.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
    }
    return path.toString();
  }

  /** The checks that need the whole file, and the graph, in view. */
  private static final class Semantics {
    private final Dataset d;
    private final Graph graph;
    private final List<Problem> problems;
    private final Map<String, String> defined = new HashMap<>();
    private final Map<String, List<String>> references = new HashMap<>();

    Semantics(Dataset dataset, Graph graph, List<Problem> problems) {
      this.d = dataset;
      this.graph = graph;
      this.problems = problems;
    }

    void check() {
      defineAndRefer();
      resolveAgainstGraph();
      checkProvenance();
    }

    /** The ids these items refer to that they do not define: what {@link #check()} looks up in the graph. */
    Set<String> outside() {
      defineAndRefer();
      var outside = new HashSet<>(references.keySet());
      outside.removeAll(defined.keySet());
      return outside;
    }

    private void defineAndRefer() {
      define("sources", d.sources(), Dataset.SourceItem::id);
      define("people", d.people(), Dataset.PersonItem::id);
      define("organisations", d.organisations(), Dataset.OrganisationItem::id);
      define("prisons", d.prisons(), Dataset.PrisonItem::id);
      define("events", d.events(), Dataset.EventItem::id);
      define("charges", d.charges(), Dataset.ChargeItem::id);
      define("detentions", d.detentions(), Dataset.DetentionItem::id);
      define("roles", d.roles(), Dataset.RoleItem::id);
      define("ties", d.ties(), Dataset.TieItem::id);
      define("claims", d.claims(), Dataset.ClaimItem::id);
      checkDatesAndReferences();
    }

    private <T> void define(String section, List<T> items, Function<T, String> id) {
      for (int i = 0; i < items.size(); i++) {
        var path = "$.%s[%d].id".formatted(section, i);
        var previous = defined.putIfAbsent(id.apply(items.get(i)), path);
        if (previous != null) {
          problems.add(new Problem(path, "id '%s' is already used at %s".formatted(id.apply(items.get(i)), previous)));
        }
      }
    }

    private void checkDatesAndReferences() {
      each("sources", d.sources(), (s, p) -> date(p + ".publishedOn", s.publishedOn()));
      each("people", d.people(), (s, p) -> date(p + ".birthDate", s.birthDate()));
      each("events", d.events(), (e, p) -> {
        date(p + ".date", e.date());
        ref(p + ".prison", e.prison(), Kind.PRISON);
        var participants = Dataset.orEmpty(e.participants());
        for (int i = 0; i < participants.size(); i++) {
          ref(p + ".participants[%d].entity".formatted(i), participants.get(i).entity(), Kind.ENTITY);
        }
      });
      each("charges", d.charges(), (c, p) -> {
        date(p + ".filedOn", c.filedOn());
        refs(p + ".defendants", c.defendants(), Kind.PERSON);
      });
      each("detentions", d.detentions(), (x, p) -> {
        date(p + ".since", x.since());
        date(p + ".until", x.until());
        ref(p + ".person", x.person(), Kind.PERSON);
        ref(p + ".prison", x.prison(), Kind.PRISON);
        refs(p + ".charges", x.charges(), Kind.CHARGE);
      });
      each("roles", d.roles(), (r, p) -> {
        date(p + ".since", r.since());
        date(p + ".until", r.until());
        ref(p + ".person", r.person(), Kind.PERSON);
        ref(p + ".organisation", r.organisation(), Kind.ORGANISATION);
      });
      each("ties", d.ties(), (t, p) -> {
        var since = date(p + ".since", t.since());
        var until = date(p + ".until", t.until());
        if (since != null && until != null && until.end().isBefore(since.start())) {
          problems.add(new Problem(p + ".until", "until %s is before since %s".formatted(until, since)));
        }
        ref(p + ".from", t.from(), Kind.ENTITY);
        ref(p + ".to", t.to(), Kind.ENTITY);
        if (t.from() != null && t.from().equals(t.to())) {
          problems.add(new Problem(p + ".to", "a tie links two different entities, not '%s' with itself".formatted(t.from())));
        }
      });
      each("claims", d.claims(), (c, p) -> {
        date(p + ".claimedOn", c.claimedOn());
        ref(p + ".claimant", c.claimant(), Kind.ENTITY);
        ref(p + ".source", c.source(), Kind.SOURCE);
        ref(p + ".event", c.event(), Kind.EVENT);
        refs(p + ".subjects", c.subjects(), Kind.ENTITY);
        refs(p + ".asserts", c.asserts(), Kind.FACT);
        refs(p + ".supports", c.supports(), Kind.CLAIM);
        refs(p + ".contradicts", c.contradicts(), Kind.CLAIM);
        if (Dataset.orEmpty(c.supports()).contains(c.id()) || Dataset.orEmpty(c.contradicts()).contains(c.id())) {
          problems.add(new Problem(p, "a claim cannot support or contradict itself"));
        }
      });
    }

    private void resolveAgainstGraph() {
      var outside = references.keySet().stream().filter(id -> !defined.containsKey(id)).toList();
      if (outside.isEmpty()) {
        return;
      }
      var stored = graph.existing(outside);
      for (var id : outside) {
        if (!stored.contains(id)) {
          for (var path : references.get(id)) {
            problems.add(new Problem(path, "'%s' is neither in this file nor in the graph".formatted(id)));
          }
        }
      }
    }

    private void checkProvenance() {
      var backed = new HashSet<String>();
      for (var claim : d.claims()) {
        if (claim.event() != null) {
          backed.add(claim.event());
        }
        backed.addAll(Dataset.orEmpty(claim.asserts()));
      }
      var unbacked = new HashMap<String, String>();
      each("events", d.events(), (x, p) -> unbackedFact(x.id(), p, backed, unbacked));
      each("charges", d.charges(), (x, p) -> unbackedFact(x.id(), p, backed, unbacked));
      each("detentions", d.detentions(), (x, p) -> unbackedFact(x.id(), p, backed, unbacked));
      each("roles", d.roles(), (x, p) -> unbackedFact(x.id(), p, backed, unbacked));
      each("ties", d.ties(), (x, p) -> unbackedFact(x.id(), p, backed, unbacked));
      if (unbacked.isEmpty()) {
        return;
      }
      var backedInGraph = graph.backed(unbacked.keySet());
      unbacked.forEach((id, path) -> {
        if (!backedInGraph.contains(id)) {
          problems.add(new Problem(path, "'%s' is backed by no claim: name it in a claim's event or asserts".formatted(id)));
        }
      });
    }

    private static void unbackedFact(String id, String path, Set<String> backed, Map<String, String> unbacked) {
      if (!backed.contains(id)) {
        unbacked.put(id, path);
      }
    }

    private <T> void each(String section, List<T> items, java.util.function.BiConsumer<T, String> check) {
      for (int i = 0; i < items.size(); i++) {
        check.accept(items.get(i), "$.%s[%d]".formatted(section, i));
      }
    }

    private @Nullable PartialDate date(String path, @Nullable String value) {
      if (value != null) {
        try {
          return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(path, e.getMessage()));
        }
      }
      return null;
    }

    private void refs(String path, @Nullable List<String> ids, Kind kind) {
      var list = Dataset.orEmpty(ids);
      for (int i = 0; i < list.size(); i++) {
        ref(path + "[%d]".formatted(i), list.get(i), kind);
      }
    }

    private void ref(String path, @Nullable String id, Kind kind) {
      if (id == null) {
        return;
      }
      if (!kind.admits(id)) {
        problems.add(new Problem(path, "'%s' is not the id of a %s".formatted(id, kind.describe())));
        return;
      }
      references.computeIfAbsent(id, k -> new ArrayList<>()).add(path);
    }
  }
}
