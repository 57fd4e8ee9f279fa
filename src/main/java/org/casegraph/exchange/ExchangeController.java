package org.casegraph.exchange;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ExchangeController {

  private final Exchange exchange;

  ExchangeController(Exchange exchange) {
    this.exchange = exchange;
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  ExchangeReport importData(@Argument ExchangeFormat format, @Argument String content, @Argument @Nullable String dataset,
      @Argument @Nullable String publisher, @Argument @Nullable String url) {
    return exchange.importData(format, content, dataset, publisher, url);
  }

  @QueryMapping(name = "export")
  String exportData(@Argument ExchangeFormat format, @Argument @Nullable String around, @Argument @Nullable Integer depth) {
    return exchange.exportText(format, around, depth);
  }
}
