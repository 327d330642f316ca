package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The title of a State Council style notice: a year's 重点工作任务 it hands over, and a title glued to its document number
 * by a copy that lost the line break. Our own words.
 */
class NoticeTitleTest {

    @Test
    void aYearsKeyTasksHandedOverByTheNoticeAreItsTitle() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", """
                国办发〔2025〕12号
                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                《推进养老服务体系建设2025年重点工作任务》已经国务院同意，现印发给你们，请认真组织实施。
                国务院办公厅
                2025年5月6日
                推进养老服务体系建设2025年重点工作任务
                一、扩大普惠养老服务供给
                （一）建设社区养老服务网络。新建社区养老服务中心500个。（民政部牵头，国家发展改革委、财政部配合）
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.meta().title()).isEqualTo("推进养老服务体系建设2025年重点工作任务");
        assertThat(doc.meta().issuers()).containsExactly("国务院办公厅");
    }

    @Test
    void aShortTitleGluedToItsDocumentNumberIsReadApart() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", ("国务院关于加强水土保持重点工作的意见\u00a0国发 〔2012〕 18 号\n\n"
                + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\u3000\u3000为加强水土保持，现提出如下意见：\n"
                + "一、强化预防保护\n（一）严格水土保持方案审批。（水利部负责）\n").getBytes(StandardCharsets.UTF_8));
        assertThat(doc.meta().title()).isEqualTo("国务院关于加强水土保持重点工作的意见");
        assertThat(doc.meta().docNumber()).isEqualTo("国发〔2012〕18号");
        assertThat(doc.meta().issuers()).containsExactly("国务院");
    }
}
