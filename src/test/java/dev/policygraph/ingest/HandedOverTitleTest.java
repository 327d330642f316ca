package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A ministry-level notice handing over a year's 重点工作任务: that list is the title. Our own words. */
class HandedOverTitleTest {

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
}
