package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A web page: tables as rows with exact cells (colspan and rowspan resolved by {@link TableGrid}), everything else
 * in the body as lines, one per block element or line break. Scripts, styles, forms and hidden elements are left
 * out. The charset comes from a byte order mark, else the page's meta or XML declaration (GB2312 and GBK read as
 * GB18030, their superset, as browsers do), else UTF-8 when the bytes are valid UTF-8, else GB18030.
 */
final class HtmlExtractor {

    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GBK_NAMES = Set.of("gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn",
            "x-euc-cn", "csgb2312", "iso-ir-58", "windows-936", "gb18030");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "embed", "svg", "math", "select", "option", "button", "input", "textarea", "canvas",
            "audio", "video", "map");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
            "address", "figure", "figcaption", "form", "fieldset", "hr", "center", "caption", "details", "summary",
            "body", "html", "tr", "td", "th");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlExtractor() {
    }

    static List<Block> extract(byte[] bytes, Budget budget) {
        Document page = Jsoup.parse(decode(bytes));
        Blocks out = new Blocks(budget);
        Walker walker = new Walker(out, null, budget);
        NodeTraversor.filter(walker, page.body() != null ? page.body() : page);
        walker.flush();
        return out.list();
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declared(b);
        String utf8 = strictUtf8(b);
        if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && utf8 == null)) {
            return new String(b, declared);
        }
        return utf8 != null ? utf8 : new String(b, GB18030);
    }

    /** The charset the page declares in its first 8 KiB, when Java knows it. */
    static Charset declared(byte[] b) {
        Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (GBK_NAMES.contains(name)) {
            return GB18030;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Walks a subtree without recursion (deeply nested pages cannot exhaust the stack). At the top it writes lines
     * and tables to the blocks; within a table cell it collects the cell's lines, a nested table as lines of
     * space-separated cells.
     */
    private static final class Walker implements NodeFilter {

        private final Blocks out;
        private final List<String> cellLines;
        private final Budget budget;
        private final StringBuilder line = new StringBuilder();

        Walker(Blocks out, List<String> cellLines, Budget budget) {
            this.out = out;
            this.cellLines = cellLines;
            this.budget = budget;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (SKIP.contains(name) || hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (name.equals("table")) {
                flush();
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK.contains(name)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void append(TextNode text) {
            String whole = text.getWholeText();
            if (inPre(text)) {
                String[] parts = whole.split("\r?\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    line.append(parts[i]);
                }
            } else {
                line.append(SPACES.matcher(whole).replaceAll(" "));
            }
            if (line.length() > 65536) {
                flush();
            }
        }

        void flush() {
            String s = line.toString().strip();
            line.setLength(0);
            if (s.isEmpty()) {
                return;
            }
            if (cellLines != null) {
                cellLines.add(s);
            } else {
                out.line(s);
            }
        }

        private void table(Element table) {
            budget.checkTime();
            TableGrid grid = new TableGrid();
            List<String> flat = new ArrayList<>();
            for (Element child : table.children()) {
                String name = child.normalName();
                if (name.equals("caption")) {
                    flush(text(child));
                } else if (name.equals("tr")) {
                    row(child, grid, flat);
                } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            row(tr, grid, flat);
                        }
                    }
                }
            }
            if (cellLines != null) {
                cellLines.addAll(flat);
            } else {
                grid.emit(out);
            }
        }

        private void row(Element tr, TableGrid grid, List<String> flat) {
            grid.newRow();
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                String name = cell.normalName();
                if ((name.equals("td") || name.equals("th")) && !hidden(cell)) {
                    String text = text(cell);
                    grid.cell(text, span(cell, "colspan"), span(cell, "rowspan"));
                    cells.add(text.replace('\n', ' '));
                }
            }
            flat.add(String.join(" ", cells).strip());
            budget.checkTime();
        }

        private void flush(String text) {
            line.append(text.replace('\n', ' '));
            flush();
        }

        private String text(Element cell) {
            List<String> lines = new ArrayList<>();
            Walker inner = new Walker(out, lines, budget);
            NodeTraversor.filter(inner, cell);
            inner.flush();
            return String.join("\n", lines);
        }

        private static int span(Element cell, String attribute) {
            try {
                int n = Integer.parseInt(cell.attr(attribute).strip());
                return n < 1 ? 1 : n;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static boolean hidden(Element e) {
            if (e.hasAttr("hidden")) {
                return true;
            }
            String style = e.attr("style");
            return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
        }

        private static boolean inPre(Node node) {
            Node p = node.parentNode();
            for (int i = 0; p != null && i < 64; i++, p = p.parentNode()) {
                if (p instanceof Element e && e.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }
    }
}
