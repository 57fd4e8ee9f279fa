package org.casegraph.read;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.casegraph.graph.Projection;
import org.casegraph.graph.Projections;
import org.casegraph.support.IndexStatistics;
import org.casegraph.support.PagingProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles each read's relationship fields into its root field's statement, one statement per request
 * for the fields {@link Fetches} lists. {@code casegraph.reads.compiled=false} reads them as the data
 * loaders do, a statement per level: the same answers, kept to compare against.
 */
@Configuration(proxyBeanMethods = false)
class CompiledReads implements Projections {

  /** Shapes of selection kept rendered; a client's documents come in few shapes. */
  private static final int CACHED_SHAPES = 2_000;

  private final boolean enabled;
  private final ReadCompiler compiler;

  /**
   * @param statistics refreshed when Neo4j fails on a statement: the failures seen come from indexes
   *     not sampled since a load (see {@link IndexStatistics})
   */
  CompiledReads(@Value("${casegraph.reads.compiled:true}") boolean enabled, PagingProperties paging,
      IndexStatistics statistics) {
    this.enabled = enabled;
    this.compiler = new ReadCompiler(paging, CACHED_SHAPES, statistics::refreshAfterFailure);
  }

  @Bean
  static GraphQlSourceBuilderCustomizer prefetchedFields() {
    return builder -> builder.typeVisitors(List.of(new PrefetchedFields()));
  }

  @Override
  public Projection ofNodes(DataFetchingEnvironment env) {
    if (!enabled) {
      return Projection.NODES;
    }
    var fields = compiler.fields(env.getSelectionSet().getImmediateFields(), ReadCompiler.abstractType(env.getFieldType()));
    if (compiler.refused(fields)) {
      return Projection.NODES;
    }
    return new CompiledProjection(compiler, fields, true, Prefetched.of(env.getGraphQlContext()));
  }

  @Override
  public Projection ofConnection(DataFetchingEnvironment env) {
    if (!enabled) {
      return Projection.NODES;
    }
    var selected = env.getSelectionSet().getImmediateFields();
    var fields = compiler.nodeFields(selected);
    if (compiler.refused(fields)) {
      return Projection.NODES;
    }
    return new CompiledProjection(compiler, fields, ReadCompiler.selectsTotal(selected), Prefetched.of(env.getGraphQlContext()));
  }
}
