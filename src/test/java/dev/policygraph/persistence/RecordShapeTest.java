package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

/**
 * Parameters and results go through the record components that {@link RecordShape} looks up once a class: each
 * class its own components in their order, private records included, the same values as before.
 */
class RecordShapeTest {

    private enum Kind { LEAD, CO }

    private record Inner(String id, int position) {
    }

    private record Outer(String name, Kind kind, List<Inner> inners, Inner first, String missing) {
    }

    /** The same component names as {@link Inner}, in the other order. */
    private record Reversed(int position, String id) {
    }

    @Test
    void parametersAreEachRecordsComponentsInTheirOrder() {
        Outer outer = new Outer("n", Kind.CO, List.of(new Inner("a", 1), new Inner("b", 2)), new Inner("c", 3), null);
        for (int round = 0; round < 2; round++) {
            Map<String, Object> map = Parameters.asMap(outer);
            assertThat(map.keySet()).containsExactly("name", "kind", "inners", "first", "missing");
            assertThat(map.get("kind")).isEqualTo("CO");
            assertThat(map.get("inners")).isEqualTo(List.of(Map.of("id", "a", "position", 1),
                    Map.of("id", "b", "position", 2)));
            assertThat(map.get("missing")).isNull();
            assertThat(Parameters.asMap(new Reversed(4, "d")).entrySet().stream().map(Map.Entry::getKey))
                    .containsExactly("position", "id");
        }
    }

    @Test
    void resultsMapBackToTheSameRecords() {
        Outer outer = new Outer("n", Kind.LEAD, List.of(new Inner("a", 1)), new Inner("c", 3), null);
        Map<String, Object> row = new LinkedHashMap<>(Parameters.asMap(outer));
        for (int round = 0; round < 2; round++) {
            assertThat(RecordMapper.map(Values.value(row), Outer.class)).isEqualTo(outer);
            assertThat(RecordMapper.map(Values.value(Map.of("id", "x", "position", 7)), Reversed.class))
                    .isEqualTo(new Reversed(7, "x"));
        }
        row.remove("first");
        assertThatThrownBy(() -> RecordMapper.map(Values.value(row), Outer.class))
                .hasMessageContaining("Outer.first: the query returns no column of that name");
        assertThat(Arrays.asList(RecordShape.of(Reversed.class).names)).containsExactly("position", "id");
    }
}
