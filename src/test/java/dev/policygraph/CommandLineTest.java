package dev.policygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.cli.RemoveCommands;
import dev.policygraph.cli.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 9: the command line is a real one. Help and usage with exit codes; {@code ingest} checks every file before it
 * opens the graph and names every bad one (a file of gigabytes included, refused unread); {@code delete} and
 * {@code reset --yes} remove documents from an embedded graph; a taken HTTP port says how to choose another.
 */
class CommandLineTest {

    private static final String SEED_001 = "001_4f52e4ea8ed90206";
    private static final String SEED_004 = "004_17aa41a902222470";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpAndUsageWithTheirExitCodes() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("serve", "parse", "overlaps", "ingest", "delete   DOCUMENT_ID", "reset    --yes",
                "Exit codes", "SERVER_PORT");
        assertThat(run("--help")).isZero();
        assertThat(run("help", "ingest")).isZero();
        assertThat(out()).contains("usage: java -jar policy-graph.jar ingest FILE_OR_DIR...");

        assertThat(run("overlapz", "seeds")).isEqualTo(Usage.USAGE);
        assertThat(err()).contains("unknown command overlapz").contains("usage: java -jar policy-graph.jar [COMMAND]");
        assertThat(run("--port")).isEqualTo(Usage.USAGE);
        assertThat(err()).contains("unknown option --port");
        assertThat(run("ingest", "--force", "seeds")).isEqualTo(Usage.USAGE);
        assertThat(err()).contains("unknown option --force");
        assertThat(run("ingest")).isEqualTo(Usage.USAGE);
        assertThat(run("delete")).isEqualTo(Usage.USAGE);
        assertThat(run("delete", "--all")).isEqualTo(Usage.USAGE);
        assertThat(run("reset")).isEqualTo(Usage.USAGE);
        assertThat(err()).contains("confirm with --yes");
        assertThat(run("reset", "--force")).isEqualTo(Usage.USAGE);
        assertThat(run("serve", "--debug")).isEqualTo(Usage.USAGE);
        assertThat(run("parse", "--xml", "seeds")).isEqualTo(Usage.USAGE);

        // what starts the server: nothing, serve, or only --name=value properties
        assertThat(PolicyGraphApplication.serves(new String[0])).isTrue();
        assertThat(PolicyGraphApplication.serves(new String[] {"serve"})).isTrue();
        assertThat(PolicyGraphApplication.serves(new String[] {"serve", "--server.port=8081"})).isTrue();
        assertThat(PolicyGraphApplication.serves(new String[] {"--server.port=8081"})).isTrue();
        assertThat(PolicyGraphApplication.serves(new String[] {"overlaps", "seeds"})).isFalse();
        assertThat(PolicyGraphApplication.serves(new String[] {"serve", "--debug"})).isFalse();
        assertThat(PolicyGraphApplication.serves(new String[] {"--help"})).isFalse();
    }

    @Test
    void ingestNamesEveryBadFileBeforeItOpensTheGraph(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("graph");
        Files.copy(Path.of("seeds", SEED_001 + ".txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        binary[7] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no disk
        }
        long start = System.nanoTime();
        int code = run(Map.of("policygraph.neo4j.uri", "", "policygraph.neo4j.data-directory", data.toString()),
                "ingest", dir.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ingest refused 3 of 4 files in " + millis + " ms without opening the graph");

        assertThat(code).isEqualTo(Usage.REFUSED);
        assertThat(err()).contains("empty.txt: the file is empty")
                .contains("binary.txt: unsupported file type: its content is binary")
                .contains("huge.txt: the file is larger than 67108864 bytes, the most read (it has 3221225472 bytes")
                .contains("3 problems in 4 files; nothing was written")
                .doesNotContain("good.txt:").doesNotContain("OutOfMemoryError");
        assertThat(data).as("the graph was never opened").doesNotExist();

        assertThat(run("ingest", dir.resolve("missing-1.txt").toString(), dir.resolve("good.txt").toString(),
                dir.resolve("missing-2").toString())).isEqualTo(Usage.USAGE);
        assertThat(err()).contains("missing-1.txt").contains("missing-2").contains("nothing was written");
    }

    @Test
    void deleteAndResetRemoveDocumentsFromTheGraphAndACommandOnAGraphInUseSaysWhatToDo(@TempDir Path dir) {
        Map<String, String> embedded = Map.of("policygraph.neo4j.uri", "",
                "policygraph.neo4j.data-directory", dir.resolve("graph").toString(), "policygraph.neo4j.bolt-port", "0");
        assertThat(run(embedded, "ingest", "seeds/" + SEED_001 + ".txt", "seeds/" + SEED_004 + ".txt")).isZero();
        assertThat(out()).contains("created\t" + SEED_001).contains("created\t" + SEED_004);
        assertThat(err()).contains("ingest: reading: 2/2 files (100%)");

        try (ConfigurableApplicationContext server = PolicyGraphApplication.openGraph(embedded)) {
            // another process (here: this one) holds the data directory, as a running server would
            assertThat(run(embedded, "delete", SEED_001)).isEqualTo(Usage.UNAVAILABLE);
            assertThat(err()).contains("delete: cannot open the graph: the graph in")
                    .contains("is in use by another process").contains("NEO4J_URI").contains("nothing was written");

            int code = server.getBean(RemoveCommands.class).delete(List.of(SEED_001, "no-such-document"),
                    print(out), print(err));
            assertThat(code).isEqualTo(Usage.REFUSED);
            assertThat(out()).isEqualTo("deleted\t" + SEED_001 + "\n");
            assertThat(err()).contains("no document no-such-document in the graph");
        }

        // only the other document was left
        assertThat(run(embedded, "reset", "--yes")).isZero();
        assertThat(out()).contains("removed 1 document; the graph is empty");
    }

    @Test
    @SuppressWarnings("deprecation")
    void aTakenPortSaysHowToChooseAnother() throws IOException {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(ServerFailures.class.getName());
        FailureAnalyzer first = new ServerFailures();
        FailureAnalysis analysis = first.analyze(new IllegalStateException("start", new PortInUseException(8080)));
        assertThat(analysis.getDescription()).contains("port 8080 is already in use");
        assertThat(analysis.getAction()).contains("SERVER_PORT=8081");
        assertThat(first.analyze(new IllegalStateException("something else"))).isNull();

        // serve checks the port before it opens the graph
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1")
                    .withProperty("server.port", String.valueOf(taken.getLocalPort()));
            assertThatThrownBy(() -> ServerFailures.checkPort(environment)).isInstanceOf(PortInUseException.class)
                    .satisfies(e -> assertThat(((PortInUseException) e).getPort()).isEqualTo(taken.getLocalPort()));
            ServerFailures.checkPort(new MockEnvironment().withProperty("server.port", "0"));
        }
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private int run(Map<String, String> properties, String... args) {
        out.reset();
        err.reset();
        return PolicyGraphApplication.run(args, print(out), print(err), Map.copyOf(properties), false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
