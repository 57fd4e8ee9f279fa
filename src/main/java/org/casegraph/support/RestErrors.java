package org.casegraph.support;

import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The REST endpoints' answers to a bad request, an unknown id, a read that outlasts the query timeout or
 * a database that cannot serve: a problem detail with the reason, worded as GraphQL's errors are.
 */
@RestControllerAdvice
class RestErrors {

  private static final Logger log = LoggerFactory.getLogger(RestErrors.class);

  @ExceptionHandler
  ProblemDetail badRequest(BadRequestException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> neo4j(ClientException e) {
    if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
      return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "The request took longer than the query timeout and was stopped; ask for less (a smaller depth or limit, fewer types)"));
    }
    log.error("A REST request failed in Neo4j", e);
    return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request failed on the server; it has been logged"));
  }

  @ExceptionHandler(org.neo4j.driver.exceptions.Neo4jException.class)
  ResponseEntity<ProblemDetail> unavailable(org.neo4j.driver.exceptions.Neo4jException e) {
    if (!Neo4jFaults.unavailable(e)) {
      log.error("A REST request failed in Neo4j", e);
      return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
          "The request failed on the server; it has been logged"));
    }
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The database cannot answer now; retry in a few seconds"));
  }
}
