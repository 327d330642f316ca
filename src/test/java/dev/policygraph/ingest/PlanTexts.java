package dev.policygraph.ingest;

import java.util.List;

/** Reading a plan written into a test: the parse, the names of its units, one of its tasks by number. */
final class PlanTexts {

    private PlanTexts() {
    }

    static ParsedDocument parse(String text) {
        return new DocumentParser().parse("page.txt", List.of(new Block.Line(text)));
    }

    static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    static ParsedTask task(ParsedDocument d, String number) {
        return d.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }
}
