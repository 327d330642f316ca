package dev.policygraph;

import dev.policygraph.cli.ParseCommand;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. {@code parse FILE... [--json]} runs the parser alone; {@code ingest PATH...} loads files into the
 * configured Neo4j and exits; anything else starts the GraphQL server.
 */
@SpringBootApplication
public class PolicyGraphApplication {

    public static void main(String[] args) {
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        if (args.length > 0 && args[0].equals("parse")) {
            System.exit(ParseCommand.run(rest, System.out, System.err));
        }
        SpringApplication.run(PolicyGraphApplication.class, args);
    }
}
