package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the blocks of a document as an extractor finds them, charging each to the budget. A line is split at
 * its line breaks into lines of their own; tabs in running text become spaces (a tab-separated line would read as a
 * table row). A row keeps its cells exactly, line breaks within a cell included; rows without any text are dropped.
 */
final class Blocks {

    private final Budget budget;
    private final List<Block> blocks = new ArrayList<>();

    Blocks(Budget budget) {
        this.budget = budget;
    }

    void line(String text) {
        for (String part : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = part.replace('\t', ' ').strip();
            if (!line.isEmpty()) {
                budget.spend(line.length() + 1);
                blocks.add(new Block.Line(line));
            }
        }
    }

    void row(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        boolean any = false;
        long size = 1;
        for (String cell : cells) {
            String c = cell(cell);
            any |= !c.isEmpty();
            size += c.length() + 1;
            clean.add(c);
        }
        if (any) {
            budget.spend(size);
            blocks.add(new Block.Row(clean));
        }
    }

    /** A cell's text: lines stripped, blank lines dropped, kept apart by \n. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = part.replace('\t', ' ').strip();
            if (!line.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line);
            }
        }
        return out.toString();
    }

    List<Block> list() {
        return List.copyOf(blocks);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }
}
