package org.casegraph.support;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses runaway requests before they reach the database: too deep, or too costly once page sizes
 * multiply (a page of 100 claims, each with a page of 100 claims made, costs over 10,000).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class GraphQlLimits {

  @Bean
  MaxQueryDepthInstrumentation maxQueryDepth(LimitProperties limits) {
    return new MaxQueryDepthInstrumentation(limits.maxDepth());
  }

  @Bean
  MaxQueryComplexityInstrumentation maxQueryComplexity(LimitProperties limits) {
    return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), (env, childComplexity) -> {
      var first = env.getArguments().get("first");
      var multiplier = first instanceof Integer size ? Math.max(size, 1) : 1;
      return multiplier * (1 + childComplexity);
    });
  }
}
