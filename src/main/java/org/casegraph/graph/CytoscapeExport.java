package org.casegraph.graph;

import java.util.List;
import java.util.Map;
import org.casegraph.support.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export?format=cytoscape&ids=A,B,C} (or {@code POST} with {@code {"ids": [...]}}): the
 * FACTS view of exactly these nodes and the facts between them, as Cytoscape.js JSON, beside the data-set
 * and FollowTheMoney exports of the same ids.
 */
@RestController
class CytoscapeExport {

  record Export(Map<String, List<Map<String, Object>>> elements) {}

  record Ids(@Nullable List<String> ids) {}

  private final CytoscapeElements elements;
  private final GraphProperties limits;

  CytoscapeExport(CytoscapeElements elements, GraphProperties limits) {
    this.elements = elements;
    this.limits = limits;
  }

  @GetMapping(path = "/api/export", params = "format=cytoscape")
  ResponseEntity<Export> export(@RequestParam(required = false) @Nullable List<String> ids) {
    return elements(ids == null ? List.of() : ids);
  }

  @PostMapping(path = "/api/export", params = "format=cytoscape", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Export> export(@RequestBody Ids body) {
    return elements(body.ids() == null ? List.of() : body.ids());
  }

  private ResponseEntity<Export> elements(List<String> ids) {
    if (ids.isEmpty()) {
      throw new BadRequestException("ids: name at least one node to export");
    }
    var distinct = ids.stream().distinct().toList();
    if (distinct.size() > limits.maxNodes() * 10) {
      throw new BadRequestException("ids: %,d ids is more than an export of the canvas takes (%,d)".formatted(distinct.size(), limits.maxNodes() * 10));
    }
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"casegraph.cytoscape.json\"")
        .body(new Export(elements.among(distinct)));
  }
}
