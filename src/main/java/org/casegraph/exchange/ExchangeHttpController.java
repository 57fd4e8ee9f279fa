package org.casegraph.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import?format=casegraph|ftm} with the file as the body (ADMIN), and
 * {@code GET /api/export?format=casegraph|ftm[&around=ID&depth=N]}, streamed both ways.
 */
@RestController
class ExchangeHttpController {

  private final Exchange exchange;

  ExchangeHttpController(Exchange exchange) {
    this.exchange = exchange;
  }

  @PostMapping("/api/import")
  @PreAuthorize("hasRole('ADMIN')")
  ResponseEntity<ExchangeReport> importData(@RequestParam String format, @RequestParam(required = false) @Nullable String dataset,
      @RequestParam(required = false) @Nullable String publisher, @RequestParam(required = false) @Nullable String url,
      InputStream body) {
    var report = exchange.importData(ExchangeFormat.parse(format), body, dataset, publisher, url);
    var status = report.error() != null ? HttpStatus.INTERNAL_SERVER_ERROR
        : !report.written() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
    return ResponseEntity.status(status).body(report);
  }

  @GetMapping("/api/export")
  void export(@RequestParam(defaultValue = "casegraph") String format, @RequestParam(required = false) @Nullable String around,
      @RequestParam(required = false) @Nullable Integer depth, HttpServletResponse response) throws IOException {
    var f = ExchangeFormat.parse(format);
    var scope = exchange.scope(around, depth);
    response.setContentType(f.mediaType);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + f.fileName + "\"");
    exchange.export(f, scope, response.getOutputStream());
  }

  @ExceptionHandler
  ProblemDetail tooLarge(Exchange.TooLargeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
  }
}
