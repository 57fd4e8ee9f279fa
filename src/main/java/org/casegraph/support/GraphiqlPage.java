package org.casegraph.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL at {@code /graphiql}, with its scripts and styles served by this app (WebJars), so it works offline. */
@Controller
@ConditionalOnBooleanProperty("casegraph.graphiql.enabled")
class GraphiqlPage {

  private final Resource page = new ClassPathResource("graphiql/index.html");

  @GetMapping("/graphiql")
  ResponseEntity<Resource> graphiql() {
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
  }
}
