package org.casegraph.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.TreeSet;
import org.casegraph.graph.Link;
import org.casegraph.security.Restrictions;
import org.casegraph.security.Viewer;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Labels;
import org.neo4j.cypherdsl.core.MapExpression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Turns the selection below a root field into the {@link Field}s a statement fetches, and those into
 * Cypher (with Cypher-DSL). Each shape of selection is rendered once and kept, so requests of the same
 * shape send the same text and Neo4j plans it once; the values (ids, cursors, page sizes) are parameters.
 */
final class ReadCompiler {

  private static final Labels UNRESTRICTED = Cypher.exactlyLabel(Restrictions.LABEL).negate();

  /**
   * Nodes a viewer may see: every stored node has the label {@code Node}, and {@code &!Restricted} is the
   * expression {@link Restrictions#forViewer} drops for CONFIDENTIAL viewers.
   */
  private static final Labels VISIBLE = Cypher.exactlyLabel("Node").and(UNRESTRICTED);

  /** Names unescaped, so that the visibility expression reads as every other query writes it. */
  private static final Renderer RENDERER = Renderer.getRenderer(
      Configuration.newConfig().alwaysEscapeNames(false).withDialect(Dialect.NEO4J_2025).build());

  /**
   * Relationship fields one statement fetches at most, in document order, depth first; any further down
   * are read by their data loaders, a statement per level. Neo4j plans a statement's subqueries one by one,
   * so the first request of a new shape costs planning time that grows with their number: bounded, a deep
   * document typed by hand in GraphiQL is still planned well within the query timeout.
   */
  static final int MAX_FIELDS = 10;

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadCompiler.class);

  private final PagingProperties paging;
  private final Cache<String, String> statements;
  /**
   * How long a shape Neo4j failed on is read through the data loaders before it is tried again: a
   * failure may belong to the state of the store (statistics not gathered yet) rather than to the shape.
   */
  static final java.time.Duration REFUSAL = java.time.Duration.ofMinutes(1);

  private final Cache<String, Boolean> refused;
  private final BooleanSupplier refreshStatistics;

  ReadCompiler(PagingProperties paging, int cachedShapes) {
    this(paging, cachedShapes, () -> false);
  }

  /**
   * @param refreshStatistics run when Neo4j has failed on a shape's statement (see {@link #refuse});
   *     whether Neo4j's statistics were refreshed, so the next request may plan the statement afresh
   */
  ReadCompiler(PagingProperties paging, int cachedShapes, BooleanSupplier refreshStatistics) {
    this.paging = paging;
    this.refreshStatistics = refreshStatistics;
    this.statements = Caffeine.newBuilder().maximumSize(cachedShapes).build();
    this.refused = Caffeine.newBuilder().maximumSize(cachedShapes).expireAfterWrite(REFUSAL).build();
  }

  /** How many more fields the statement being compiled may fetch. */
  private static final class Budget {
    private int left = MAX_FIELDS;

    boolean take() {
      return left-- > 0;
    }
  }

  // ---- selection set → fields

  /**
   * The compiled fields among {@code selected} (all at one position; {@code polymorphic} when that position
   * is an interface or union). Fields no fetch covers are left to their fetchers; so are fields whose
   * response key two selections would give different values to on the same type (an alias reused under
   * two aliases of a list).
   */
  List<Field> fields(List<SelectedField> selected, boolean polymorphic) {
    return fields(selected, polymorphic, new Budget());
  }

  private List<Field> fields(List<SelectedField> selected, boolean polymorphic, Budget budget) {
    var compiled = new ArrayList<Field>();
    for (var field : selected) {
      var byFetch = new LinkedHashMap<Fetch, Set<String>>();
      for (var type : field.getObjectTypeNames()) {
        var fetch = Fetches.of(type, field.getName());
        if (fetch != null) {
          byFetch.computeIfAbsent(fetch, f -> new TreeSet<>()).add(type);
        }
      }
      byFetch.forEach((fetch, types) -> {
        var made = budget.take() ? field(field, fetch, types, polymorphic, budget) : null;
        if (made != null) {
          compiled.add(made);
        }
      });
    }
    return compiled.stream().filter(f -> compiled.stream().noneMatch(other -> other != f
        && other.resultKey().equals(f.resultKey()) && other.types().stream().anyMatch(f.types()::contains))).toList();
  }

  /** The compiled fields below {@code edges.node} of a connection, over every selection of them. */
  List<Field> nodeFields(List<SelectedField> connection) {
    return nodeFields(connection, new Budget());
  }

  private List<Field> nodeFields(List<SelectedField> connection, Budget budget) {
    var below = new ArrayList<SelectedField>();
    var polymorphic = false;
    for (var edges : connection) {
      if (edges.getName().equals("edges")) {
        for (var node : edges.getSelectionSet().getImmediateFields()) {
          if (node.getName().equals("node")) {
            below.addAll(node.getSelectionSet().getImmediateFields());
            polymorphic |= abstractType(node.getType());
          }
        }
      }
    }
    return fields(below, polymorphic, budget);
  }

  static boolean selectsTotal(List<SelectedField> connection) {
    return connection.stream().anyMatch(f -> f.getName().equals("totalCount"));
  }

  static boolean abstractType(GraphQLOutputType type) {
    var named = GraphQLTypeUtil.unwrapAll(type);
    return named instanceof GraphQLInterfaceType || named instanceof GraphQLUnionType;
  }

  private @Nullable Field field(SelectedField field, Fetch fetch, Set<String> types, boolean polymorphic, Budget budget) {
    var below = field.getSelectionSet().getImmediateFields();
    return switch (fetch) {
      case Fetch.Targets t -> new Field(field.getResultKey(), types, fetch, polymorphic,
          fields(below, abstractType(field.getType()), budget), null, false);
      case Fetch.Target t -> new Field(field.getResultKey(), types, fetch, polymorphic,
          fields(below, abstractType(field.getType()), budget), null, false);
      case Fetch.Count c -> new Field(field.getResultKey(), types, fetch, polymorphic, List.of(), null, false);
      case Fetch.Page p -> {
        var page = page(field.getArguments());
        yield page == null ? null
            : new Field(field.getResultKey(), types, fetch, polymorphic, nodeFields(below, budget), page, selectsTotal(below));
      }
    };
  }

  /** The page a connection field asks for; null when its arguments are refused, so its fetcher says why. */
  private @Nullable PageRequest page(Map<String, Object> arguments) {
    try {
      return PageRequest.of((Integer) arguments.get("first"), (String) arguments.get("after"), paging);
    } catch (RuntimeException refused) {
      return null;
    }
  }

  // ---- fields → Cypher

  /**
   * Cypher after a clause binding {@code n}: a row per node, or (collected) one row of them all, in order;
   * for the current viewer, since whether restricted nodes are left out is part of the text.
   */
  String statement(List<Field> fields, boolean collected) {
    var hides = !Viewer.seesRestricted();
    return statements.get(shape(fields, collected, hides), k -> render(fields, collected, hides));
  }

  /** Whether Neo4j has failed on the statement of these fields before (see {@link #refuse}). */
  boolean refused(List<Field> fields) {
    return refused.estimatedSize() > 0
        && (refused.getIfPresent(shape(fields, false, true)) != null || refused.getIfPresent(shape(fields, true, true)) != null);
  }

  /**
   * Neo4j failed on the statement of these fields itself (an internal error of its planner, say), and
   * the request is read through the data loaders. The failures seen so far come from indexes not
   * sampled since a load: Neo4j's statistics are refreshed, and the next request compiles the shape
   * again. Where they were refreshed shortly before (or may not be), the shape is read through the data
   * loaders for the next {@link #REFUSAL}. Either way the statement is logged, to report it upstream.
   */
  void refuse(List<Field> fields, RuntimeException error) {
    var statement = statement(fields, true);
    if (refreshStatistics.getAsBoolean()) {
      log.warn("Neo4j could not run the compiled statement of a read ({}); its statistics were refreshed, "
          + "and the next request of this shape is compiled again. The statement: {}", error.getMessage(), statement);
      return;
    }
    if (refused.asMap().putIfAbsent(shape(fields, false, true), Boolean.TRUE) == null) {
      refused.put(shape(fields, true, true), Boolean.TRUE);
      log.warn("Neo4j could not run the compiled statement of a read ({}); its shape is read a statement per level "
          + "for the next {} s. The statement: {}", error.getMessage(), REFUSAL.toSeconds(), statement);
    }
  }

  /** The cache's key of a statement; refusals are kept under {@code hides} true, for every viewer. */
  private static String shape(List<Field> fields, boolean collected, boolean hides) {
    var key = new StringBuilder(collected ? "collected:" : "rows:").append(hides ? "hiding:" : "");
    fields.forEach(f -> f.shape(key));
    return key.toString();
  }

  /** As {@link #statement} for a viewer without CONFIDENTIAL access, built and rendered every time. */
  static String render(List<Field> fields, boolean collected) {
    return render(fields, collected, true);
  }

  /**
   * As {@link #statement}, built and rendered every time: what the cache saves. {@code hides}: whether
   * restricted nodes are left out, as for a viewer without CONFIDENTIAL access.
   */
  static String render(List<Field> fields, boolean collected, boolean hides) {
    var n = Cypher.anyNode("n");
    var projection = new Projector(hides).project(n, fields);
    var statement = collected
        ? Cypher.with(n).returning(Cypher.collect(projection).as("page")).build()
        : Cypher.with(n).returning(projection.as("row")).build();
    return RENDERER.render(statement);
  }

  /**
   * The parameters of the statement for these fields: the cursor and size of each page, named in the
   * order {@link Projector} names them.
   */
  static Map<String, Object> parameters(List<Field> fields) {
    var parameters = new java.util.HashMap<String, Object>();
    collect(fields, parameters);
    return parameters;
  }

  private static void collect(List<Field> fields, Map<String, Object> parameters) {
    for (var field : fields) {
      if (field.page() != null) {
        var index = parameters.size() / 2;
        parameters.put("after" + index, field.page().afterId() == null ? "" : field.page().afterId());
        parameters.put("limit" + index, field.page().limit());
      }
      collect(field.children(), parameters);
    }
  }

  /** Builds one statement's projections, naming its variables and parameters in order. */
  private static final class Projector {

    private final boolean hides;
    private int variables;
    private int pages;

    Projector(boolean hides) {
      this.hides = hides;
    }

    /** {@code {n: v, f0: …, f1: …}}: the node and each field, as {@link CompiledProjection} reads them. */
    MapExpression project(Node node, List<Field> fields) {
      var entries = new ArrayList<Object>();
      entries.add("n");
      entries.add(node.getRequiredSymbolicName());
      for (int i = 0; i < fields.size(); i++) {
        var field = fields.get(i);
        Expression value = fetch(node, field);
        if (field.guarded()) {
          var condition = field.types().stream().map(node::hasLabels).map(c -> (org.neo4j.cypherdsl.core.Condition) c)
              .reduce(org.neo4j.cypherdsl.core.Condition::or).orElseThrow();
          value = Cypher.caseExpression().when(condition).then(value);
        }
        entries.add("f" + i);
        entries.add(value);
      }
      return Cypher.mapOf(entries.toArray());
    }

    private Expression fetch(Node parent, Field field) {
      return switch (field.fetch()) {
        case Fetch.Targets(var link) -> {
          var target = target(link);
          yield Cypher.collect(Cypher.match(link.pattern(parent, target)).where(visible(link, target)).withDistinct(target)
              .orderBy(target.property("id")).ascending()
              .returning(project(target, field.children())).build());
        }
        case Fetch.Target(var idProperty) -> {
          var target = Cypher.node(VISIBLE).named(name()).withProperties("id", parent.property(idProperty));
          yield Cypher.head(Cypher.collect(Cypher.match(target).returning(project(target, field.children())).build()));
        }
        case Fetch.Count(var link) -> {
          if (!link.typedTargets()) {
            yield Cypher.count(link.pattern(parent, Cypher.node(labels(link))));
          }
          var counted = target(link);
          yield Cypher.count(Cypher.match(link.pattern(parent, counted)).where(visible(link, counted)).returning(counted).build());
        }
        case Fetch.Page(var link) -> {
          var index = pages++;
          var counted = target(link);
          var countedMatch = Cypher.match(link.pattern(parent, counted)).where(visible(link, counted));
          Expression total = !field.total() ? Cypher.literalOf(-1)
              : Cypher.count(link.eachTargetOnce() ? countedMatch.returning(counted).build()
                  : countedMatch.returningDistinct(counted).build());
          var target = target(link);
          var after = Cypher.parameter("after" + index);
          var matched = Cypher.match(link.pattern(parent, target)).where(visible(link, target).and(target.property("id").gt(after)));
          var page = (link.eachTargetOnce() ? matched.with(target) : matched.withDistinct(target))
              .orderBy(target.property("id")).ascending().limit(Cypher.parameter("limit" + index))
              .returning(project(target, field.children())).build();
          yield Cypher.mapOf("total", total, "page", Cypher.collect(page));
        }
      };
    }

    /**
     * A target of {@code link}, with the labels it is tested for. Each label test is a read of the node
     * per target (on a busy claimant's claims, most of a page's work), so only what the relationship types
     * leave open is tested: nothing, where they reach only stored nodes of the target's label (whether it
     * is restricted is then {@link #visible}'s); the label, where they reach several (an {@code AT} comes
     * from detentions and events); being a stored node, where the pattern names no label.
     */
    private Node target(Link link) {
      return link.typedTargets() ? Cypher.anyNode(name()) : Cypher.node(labels(link)).named(name());
    }

    private static Labels labels(Link link) {
      return link.targetLabel() == null ? VISIBLE : Cypher.exactlyLabel(link.targetLabel()).and(UNRESTRICTED);
    }

    /**
     * What leaves out a restricted target of a typed link, for a viewer who may not see it; nothing for
     * other links (their labels do it) or for a CONFIDENTIAL viewer. A condition rather than the label
     * expression {@code :!Restricted}, which Cypher-DSL renders without its negation when it stands alone.
     */
    private Condition visible(Link link, Node target) {
      return hides && link.typedTargets() ? target.hasLabels(Restrictions.LABEL).not() : Cypher.noCondition();
    }

    private String name() {
      return "v" + ++variables;
    }
  }

}
