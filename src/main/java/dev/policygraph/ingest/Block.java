package dev.policygraph.ingest;

import java.util.List;

/**
 * One unit of a document's body as an extractor delivers it: a line of running text, or a row of a table whose
 * cells are known exactly (a Word or Excel table). A text file is a list of {@link Line}s; a tab-separated line is
 * read as a {@link Row}. Tables are recognised from their header row (序号, 任务, 牵头单位, 配合单位, 完成时限 …)
 * whichever way they arrive.
 */
public sealed interface Block {

    /** A line (paragraph) of running text. */
    record Line(String text) implements Block {
    }

    /** A table row, its cells in column order, empty cells as "". */
    record Row(List<String> cells) implements Block {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The block as one line of text: a row's cells separated by tabs, line breaks within a cell as spaces. */
    static String render(Block block) {
        if (block instanceof Row row) {
            return String.join("\t", row.cells().stream()
                    .map(c -> c.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ')).toList());
        }
        return ((Line) block).text();
    }
}
