package org.casegraph.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.casegraph.support.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import?format=casegraph|ftm} with the file as the body (ADMIN), and
 * {@code GET /api/export?format=casegraph|ftm[&around=ID&depth=N | &ids=A,B,C]} (or {@code POST} with
 * {@code {"ids": [...]}}), streamed both ways.
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
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType, InputStream body) {
    if (form(contentType)) {
      // The servlet container reads such a body as form fields, and the file would arrive empty.
      throw new FormBodyException(java.util.Objects.requireNonNull(contentType));
    }
    var report = exchange.importData(ExchangeFormat.parse(format), body, dataset, publisher, url);
    var status = report.error() != null ? HttpStatus.INTERNAL_SERVER_ERROR
        : !report.written() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
    return ResponseEntity.status(status).body(report);
  }

  @GetMapping("/api/export")
  void export(@RequestParam(defaultValue = "casegraph") String format, @RequestParam(required = false) @Nullable String around,
      @RequestParam(required = false) @Nullable Integer depth, @RequestParam(required = false) @Nullable List<String> ids,
      HttpServletResponse response) throws IOException {
    var f = ExchangeFormat.parse(format);
    if (ids != null && around != null) {
      throw new BadRequestException("Give either ids (the nodes to export) or around (and depth), not both");
    }
    write(f, ids != null ? exchange.scope(ids) : exchange.scope(around, depth), response);
  }

  /** The nodes of a canvas too many to list in a URL: {@code POST /api/export?format=…} with {@code {"ids": [...]}}. */
  @PostMapping(path = "/api/export", consumes = MediaType.APPLICATION_JSON_VALUE)
  void export(@RequestParam(defaultValue = "casegraph") String format, @RequestBody Ids body, HttpServletResponse response)
      throws IOException {
    var f = ExchangeFormat.parse(format);
    write(f, exchange.scope(body.ids() == null ? List.of() : body.ids()), response);
  }

  /** The body of a POST export. */
  record Ids(@Nullable List<String> ids) {}

  private void write(ExchangeFormat f, ExportScope scope, HttpServletResponse response) throws IOException {
    response.setContentType(f.mediaType);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + f.fileName + "\"");
    exchange.export(f, scope, response.getOutputStream());
  }

  private static final List<MediaType> FORMS = List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);

  /** Whether a Content-Type names a form; one that is not a media type at all does not. */
  private static boolean form(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      var type = MediaType.parseMediaType(contentType);
      return FORMS.stream().anyMatch(type::isCompatibleWith);
    } catch (org.springframework.http.InvalidMediaTypeException notAType) {
      return false;
    }
  }

  /** An import sent as a form (curl's --data-binary without a Content-Type, say) rather than as the file itself. */
  static final class FormBodyException extends RuntimeException {
    FormBodyException(String contentType) {
      super(("The file was sent as a form (Content-Type: %s), and a form's body is not read as a file: nothing was imported. "
          + "Send the file itself as the body, with curl -T FILE or --data-binary @FILE -H 'Content-Type: application/json'")
          .formatted(contentType));
    }
  }

  @ExceptionHandler
  ProblemDetail form(FormBodyException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail tooLarge(Exchange.TooLargeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
  }
}
