package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Migration files are split into statements at the semicolons that end them, and nowhere else. */
class CypherScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsComments() {
        assertThat(CypherScript.statements("// comment; not a statement\nCREATE INDEX a IF NOT EXISTS\n"
                + "FOR (n:A) ON (n.a);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b)\n"))
                .containsExactly("CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.a)",
                        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b)");
    }

    @Test
    void aSemicolonInAStringOrANameOrACommentDoesNotSplit() {
        String script = "MATCH (n:Note) SET n.text = 'a; b', n.other = \"c; \\\"d;\\\" e\"; /* one; two\n"
                + "three; */ MATCH (m:`odd;label`) RETURN m // trailing; comment\n"
                + ";CREATE (:X {s: 'it\\'s; fine', u: 'https://example.org/a;b'})\n";
        assertThat(CypherScript.statements(script)).containsExactly(
                "MATCH (n:Note) SET n.text = 'a; b', n.other = \"c; \\\"d;\\\" e\"",
                "MATCH (m:`odd;label`) RETURN m",
                "CREATE (:X {s: 'it\\'s; fine', u: 'https://example.org/a;b'})");
    }

    @Test
    void statementsOnOneLineAndEmptyStatementsAreHandled() {
        assertThat(CypherScript.statements("RETURN 1; RETURN 2;;\n;  RETURN 'x'")).containsExactly("RETURN 1",
                "RETURN 2", "RETURN 'x'");
        assertThat(CypherScript.statements("// only a comment\n")).isEmpty();
    }

    @Test
    void anUnterminatedStringIsAnError() {
        assertThatThrownBy(() -> CypherScript.statements("RETURN 'a;")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unterminated");
    }
}
