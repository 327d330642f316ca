package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A .docx body in reading order: paragraphs as lines (with the numbers Word generates for numbered lists, which are
 * not in the text), tables as rows with exact cells (gridSpan and vMerge resolved by {@link TableGrid}, paragraphs
 * within a cell kept apart by line breaks), content controls as lines. Headers, footers, comments and footnotes are
 * not part of a plan's text and are left out.
 */
final class DocxExtractor {

    private DocxExtractor() {
    }

    static List<Block> extract(byte[] bytes, Budget budget) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(OPCPackage.open(new ByteArrayInputStream(bytes)))) {
            Walker walker = new Walker(doc.getNumbering(), budget);
            for (IBodyElement element : doc.getBodyElements()) {
                walker.element(element);
            }
            return walker.out.list();
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static final class Walker {

        final Blocks out;
        private final Budget budget;
        private final Numbering numbering;

        Walker(XWPFNumbering numbering, Budget budget) {
            this.out = new Blocks(budget);
            this.budget = budget;
            this.numbering = new Numbering(numbering);
        }

        void element(IBodyElement element) {
            budget.checkTime();
            if (element instanceof XWPFParagraph p) {
                out.line(text(p));
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                out.line(sdt.getContent().getText());
            }
        }

        private String text(XWPFParagraph p) {
            StringBuilder s = new StringBuilder(numbering.label(p));
            for (IRunElement run : p.getIRuns()) {
                if (run instanceof XWPFRun r) {
                    if (!r.getCTR().isSetRsidDel()) {
                        s.append(r);
                    }
                } else if (run instanceof XWPFSDT sdt) {
                    s.append(sdt.getContent().getText());
                } else {
                    s.append(run);
                }
            }
            return s.toString();
        }

        private void table(XWPFTable table) {
            TableGrid grid = new TableGrid();
            for (XWPFTableRow row : table.getRows()) {
                grid.newRow();
                for (ICell icell : row.getTableICells()) {
                    if (icell instanceof XWPFTableCell cell) {
                        cell(grid, cell);
                    } else if (icell instanceof XWPFSDTCell sdt) {
                        grid.cell(sdt.getContent().getText(), 1, 1);
                    }
                }
                budget.checkTime();
            }
            grid.emit(out);
        }

        private void cell(TableGrid grid, XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                    ? pr.getGridSpan().getVal().intValue() : 1;
            if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
                grid.continueAbove(span);
            } else if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART) {
                grid.covered();
            } else {
                grid.cell(cellText(cell), span, 1);
            }
        }

        /** A cell's paragraphs, one per line; a table nested in it as lines of space-separated cells. */
        private String cellText(XWPFTableCell cell) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement e : cell.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(text(p));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            cells.add(cellText(c).replace('\n', ' '));
                        }
                        lines.add(String.join(" ", cells));
                    }
                } else if (e instanceof XWPFSDT sdt) {
                    lines.add(sdt.getContent().getText());
                }
            }
            return String.join("\n", lines);
        }
    }

    /** Word's list numbering: counters per abstract list, nine levels each, restarted by start overrides. */
    private static final class Numbering {

        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final Set<BigInteger> seen = new HashSet<>();

        Numbering(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numbering == null || numId == null || numId.signum() == 0) {
                return "";
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return "";
            }
            BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(absId);
            if (abs == null) {
                return "";
            }
            CTLvl[] levels = new CTLvl[9];
            for (CTLvl lvl : abs.getCTAbstractNum().getLvlArray()) {
                int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (i >= 0 && i < 9) {
                    levels[i] = lvl;
                }
            }
            int ilvl = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(8, p.getNumIlvl().intValue()));
            CTLvl level = levels[ilvl];
            if (level == null) {
                return "";
            }
            int[] count = counters.computeIfAbsent(absId, k -> {
                int[] c = new int[9];
                Arrays.fill(c, Integer.MIN_VALUE);
                return c;
            });
            if (seen.add(numId)) {
                for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                    int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
                    if (override.isSetStartOverride() && i >= 0 && i < 9) {
                        count[i] = override.getStartOverride().getVal().intValue() - 1;
                    }
                }
            }
            count[ilvl] = (count[ilvl] == Integer.MIN_VALUE ? start(level) - 1 : count[ilvl]) + 1;
            for (int deeper = ilvl + 1; deeper < 9; deeper++) {
                count[deeper] = Integer.MIN_VALUE;
            }
            String format = format(level);
            if (format.equals("bullet") || format.equals("none") || level.getLvlText() == null) {
                return "";
            }
            String text = level.getLvlText().getVal();
            for (int i = 0; i < 9 && text != null; i++) {
                String placeholder = "%" + (i + 1);
                if (text.contains(placeholder)) {
                    int n = count[i] == Integer.MIN_VALUE ? (levels[i] == null ? 1 : start(levels[i])) : count[i];
                    text = text.replace(placeholder, ListLabels.format(n, levels[i] == null ? null : format(levels[i])));
                }
            }
            return text == null ? "" : text;
        }

        private static int start(CTLvl level) {
            return level.getStart() == null || level.getStart().getVal() == null ? 1 : level.getStart().getVal().intValue();
        }

        private static String format(CTLvl level) {
            return level.getNumFmt() == null || level.getNumFmt().getVal() == null ? "decimal"
                    : level.getNumFmt().getVal().toString();
        }
    }
}
