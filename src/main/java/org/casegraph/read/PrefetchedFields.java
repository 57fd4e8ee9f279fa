package org.casegraph.read;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * Puts in front of the data fetcher of every compiled field (see {@link Fetches}) a look into what the
 * request's statement already returned for that parent; only what it did not fetch goes to the fetcher,
 * and its data loader, as before.
 */
final class PrefetchedFields extends GraphQLTypeVisitorStub {

  @Override
  public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
    if (context.getParentNode() instanceof GraphQLObjectType parent && Fetches.of(parent.getName(), field.getName()) != null) {
      var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
      var coordinates = FieldCoordinates.coordinates(parent, field);
      var fetcher = registry.getDataFetcher(coordinates, field);
      registry.dataFetcher(coordinates, (DataFetcher<@Nullable Object>) env -> answer(env, fetcher));
    }
    return TraversalControl.CONTINUE;
  }

  private static @Nullable Object answer(DataFetchingEnvironment env, DataFetcher<?> fetcher) throws Exception {
    var prefetched = Prefetched.in(env.getGraphQlContext());
    if (prefetched != null) {
      var value = prefetched.get(env.getSource(), env.getField().getResultKey());
      if (value != Prefetched.ABSENT) {
        return value;
      }
    }
    return fetcher.get(env);
  }
}
