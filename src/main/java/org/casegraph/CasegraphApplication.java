package org.casegraph;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Casegraph: a GraphQL API over a Neo4j graph of people, organisations, prisons, charges, events and
 * the claims behind them. {@code java -jar casegraph.jar} serves it; {@code java -jar casegraph.jar
 * import FILE} imports a data set and exits; {@code java -jar casegraph.jar generate} writes a generated
 * graph and exits; {@code java -jar casegraph.jar import-bulk --format=ftm FILE} builds an empty store with
 * Neo4j's bulk importer and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CasegraphApplication {

  /** The property that names a one-off command, such as {@code import}, to run instead of serving. */
  public static final String COMMAND = "casegraph.command";
  private static final Set<String> COMMANDS = Set.of("import", "generate");

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import-bulk")) {
      // Builds the store before the database starts, so before the application does.
      org.casegraph.exchange.BulkImportCommand.main(args);
    }
    var app = new SpringApplication(CasegraphApplication.class);
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      app.setWebApplicationType(WebApplicationType.NONE);
      var commandArgs = Stream.concat(Arrays.stream(args), Stream.of("--" + COMMAND + "=" + args[0],
          "--casegraph.seed.enabled=false", "--logging.level.root=warn", "--spring.main.log-startup-info=false"));
      try {
        System.exit(SpringApplication.exit(app.run(commandArgs.toArray(String[]::new))));
      } catch (RuntimeException e) {
        System.err.println(rootMessage(e));
        System.exit(1);
      }
    }
    app.run(args);
  }

  private static String rootMessage(Throwable e) {
    var cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
