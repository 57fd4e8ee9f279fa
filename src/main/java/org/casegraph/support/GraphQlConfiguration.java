package org.casegraph.support;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** GraphQL wiring shared by every feature: the PartialDate scalar and paging settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagingProperties.class)
class GraphQlConfiguration {

  @Bean
  RuntimeWiringConfigurer partialDateScalar() {
    return wiring -> wiring.scalar(GraphQLScalarType.newScalar()
        .name("PartialDate")
        .description("A year (2024), a month (2024-07) or a day (2024-07-28)")
        .coercing(new PartialDateCoercing())
        .build());
  }

  /**
   * Runs controller methods on the thread executing the request instead of handing each to the
   * virtual-thread executor. Handed off, the batch loads of one level finish on different threads and
   * graphql-java dispatches data loaders while keys of a level are still arriving, so the same query
   * costs a varying number of round trips, more as its results grow.
   */
  @Bean
  static BeanPostProcessor controllersOnTheRequestThread() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof AnnotatedControllerConfigurer controllers) {
          controllers.setBlockingMethodPredicate(method -> false);
        }
        return bean;
      }
    };
  }

  static final class PartialDateCoercing implements Coercing<PartialDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof PartialDate || value instanceof String) {
        return value.toString();
      }
      throw new CoercingSerializeException("A PartialDate cannot come from a " + value.getClass().getSimpleName());
    }

    @Override
    public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
      if (!(input instanceof String text)) {
        throw new CoercingParseValueException("A PartialDate is a string such as \"2024\", \"2024-07\" or \"2024-07-28\"");
      }
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        throw new CoercingParseValueException(e.getMessage());
      }
    }

    @Override
    public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (!(input instanceof StringValue text)) {
        throw new CoercingParseLiteralException("A PartialDate is a string such as \"2024\", \"2024-07\" or \"2024-07-28\"");
      }
      try {
        return PartialDate.parse(text.getValue());
      } catch (IllegalArgumentException e) {
        throw new CoercingParseLiteralException(e.getMessage());
      }
    }
  }
}
