package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.Block;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charset of a page, and what of the page becomes lines. */
class HtmlTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final Extractor extractor = new Extractor();

    private List<Block> blocks(String html, Charset encoding) {
        return extractor.extract("page.html", html.getBytes(encoding)).blocks();
    }

    @Test
    void charsetFromTheMetaTag() {
        assertThat(blocks("<html><head><meta charset=\"gb2312\"></head><body><p>一、总体要求</p></body></html>", GBK))
                .containsExactly(new Block.Line("一、总体要求"));
    }

    @Test
    void charsetFromTheXmlDeclaration() {
        assertThat(blocks("<?xml version=\"1.0\" encoding=\"GBK\"?><html><body><p>牵头单位</p></body></html>", GBK))
                .containsExactly(new Block.Line("牵头单位"));
    }

    @Test
    void undeclaredGbkIsReadAsGb18030() {
        assertThat(blocks("<html><body><p>配合单位:市财政局</p></body></html>", GBK))
                .containsExactly(new Block.Line("配合单位:市财政局"));
    }

    @Test
    void aPageClaimingUtf8ButWrittenInGbk() {
        assertThat(blocks("<html><head><meta charset=\"utf-8\"></head><body><p>完成时限</p></body></html>", GBK))
                .containsExactly(new Block.Line("完成时限"));
    }

    @Test
    void utf8WithByteOrderMark() {
        assertThat(blocks("\uFEFF<html><body><p>序号</p></body></html>", StandardCharsets.UTF_8))
                .containsExactly(new Block.Line("序号"));
    }

    @Test
    void blocksAndBreaksMakeLinesScriptsAndHiddenPartsAreLeftOut() {
        String html = "<html><head><title>标题</title><style>.x{}</style></head><body>"
                + "<div class=\"nav\" hidden>首页</div><script>var a = '脚本';</script>"
                + "<div>一、总体<b>要求</b><br>二、主要任务</div>"
                + "<p style=\"DISPLAY: NONE\">隐藏</p><ul><li>1.加强  组织\n领导。</li><li>2.强化保障。</li></ul>"
                + "<pre>第一行\n第二行</pre></body></html>";
        assertThat(blocks(html, StandardCharsets.UTF_8)).containsExactly(new Block.Line("一、总体要求"),
                new Block.Line("二、主要任务"), new Block.Line("1.加强 组织 领导。"), new Block.Line("2.强化保障。"),
                new Block.Line("第一行"), new Block.Line("第二行"));
    }

    @Test
    void aTableNestedInACellBecomesLinesOfThatCell() {
        String html = "<table><tr><th>任务</th><th>单位</th></tr><tr><td>加强领导</td><td>"
                + "<table><tr><td>牵头:</td><td>市教育局</td></tr><tr><td>配合:</td><td>市财政局</td></tr></table>"
                + "</td></tr></table>";
        assertThat(blocks(html, StandardCharsets.UTF_8)).containsExactly(new Block.Row(List.of("任务", "单位")),
                new Block.Row(List.of("加强领导", "牵头: 市教育局\n配合: 市财政局")));
    }

    @Test
    void spansBeyondTheTableAndShortRowsKeepColumnsAligned() {
        String html = "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>"
                + "<tr><td>1</td><td>甲</td><td rowspan=\"9\">市教育局</td></tr>"
                + "<tr><td colspan=\"2\">2 乙</td></tr><tr><td>3</td></tr></table>";
        assertThat(blocks(html, StandardCharsets.UTF_8)).containsExactly(
                new Block.Row(List.of("序号", "任务", "牵头单位")), new Block.Row(List.of("1", "甲", "市教育局")),
                new Block.Row(List.of("2 乙", "", "市教育局")), new Block.Row(List.of("3", "", "市教育局")));
    }
}
