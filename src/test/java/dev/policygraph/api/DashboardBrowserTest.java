package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.persistence.GraphWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard at / in a real browser: Debian's Chromium, headless, driven through Debian's chromedriver by
 * Selenium (nothing is downloaded: the binaries are named, and Chromium runs without background networking). The
 * page must work from what the application serves alone. .ci/run installs the two packages; without them this test
 * fails and says so.
 */
class DashboardBrowserTest extends GraphTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("policygraph.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("policygraph.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;

    @Autowired
    GraphWriter writer;
    @Autowired
    DocumentLoader loader;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private final Map<String, String> tasks = new HashMap<>();

    @BeforeEach
    void startTheBrowserOnAPlanOfItsOwn() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and chromedriver (Debian packages chromium, chromium-driver; .ci/run installs them) at "
                        + CHROMIUM + " and " + CHROMEDRIVER).isTrue();
        JsonNode ingested = JSON.valueToTree(as(ADMIN).document(CoordinationTest.INGEST)
                .variables(Map.of("input", Map.of("fileName", CoordinationTest.FILE, "text", CoordinationTest.PLAN)))
                .execute().returnResponse().toMap());
        assertThat(ingested.get("data").get("ingestDocument").get("errors").toString()).isEqualTo("[]");
        data("query($id: ID!) { document(id: $id) { tasks { id number } } }", Map.of("id", CoordinationTest.ID))
                .get("document").get("tasks")
                .forEach(t -> tasks.put(t.get("number").asString(), t.get("id").asString()));

        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(180));
        // a section that is drawn again replaces its elements while a condition reads them: read them again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        writer.delete(List.of(CoordinationTest.ID));
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void aCoordinatorFindsAUnitReadsAPlanAssignsAnOrphanReportsProgressAndExportsTheLedger() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(text("message")).isEmpty();

        // only the application's own assets
        for (WebElement e : browser.findElements(By.cssSelector("script[src], link[href]"))) {
            String url = e.getAttribute("src") != null ? e.getAttribute("src") : e.getAttribute("href");
            assertThat(url).startsWith("http://127.0.0.1:" + port + "/");
        }

        // the overview: counts as the API gives them, and the two charts
        JsonNode stats = data("{ stats { total overdue } }").get("stats");
        assertThat(browser.findElement(By.cssSelector("#stats .figure[data-key='任务'] b")).getText())
                .isEqualTo(stats.get("total").asString());
        assertThat(browser.findElement(By.cssSelector("#stats .figure[data-key='逾期'] b")).getText())
                .isEqualTo(stats.get("overdue").asString());
        assertThat(browser.findElements(By.cssSelector("#workload-chart svg rect"))).hasSizeGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector("#targets-chart svg rect"))).isNotEmpty();

        // a unit: what it leads and shares across plans
        browser.findElement(By.id("unit-search-text")).sendKeys("区教委");
        browser.findElement(By.cssSelector("#unit-search button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#unit-results .unit-link"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("unit-name"), "重庆市南岸区教育委员会"));
        assertThat(browser.findElements(By.cssSelector("#unit-leads tbody tr"))).hasSize(22);

        // a plan's tasks with their owners; the overdue one marked
        new Select(browser.findElement(By.id("plan-select"))).selectByValue(CoordinationTest.ID);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#plan-tasks tbody tr"), 4));
        WebElement first = row("plan-tasks", tasks.get("1"));
        assertThat(first.getAttribute("class")).isEqualTo("overdue");
        assertThat(first.findElement(By.className("leads")).getText()).isEqualTo("杭州市教育局");
        assertThat(first.findElement(By.className("status")).getText()).isEqualTo("未启动（逾期）");
        assertThat(browser.findElements(By.cssSelector("#overdue-tasks tr[data-task='" + tasks.get("1") + "']")))
                .hasSize(1);

        // sign in; the orphan gets an owner
        assertThat(browser.findElements(By.cssSelector("#orphan-tasks tr[data-task='" + tasks.get("3") + "']")))
                .hasSize(1);
        browser.findElement(By.id("sign-in-name")).sendKeys(COORDINATOR);
        browser.findElement(By.id("sign-in-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), "cora（COORDINATOR）"));
        row("orphan-tasks", tasks.get("3")).findElement(By.className("task-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-unit"))).sendKeys("市教育局");
        browser.findElement(By.id("assign-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#task-facts dd[data-fact='牵头单位']"), "杭州市教育局"));
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#orphan-tasks tr[data-task='" + tasks.get("3") + "']"), 0));
        JsonNode task3 = data("query($id: ID!) { task(id: $id) { orphan history { actor action } } }",
                Map.of("id", tasks.get("3"))).get("task");
        assertThat(task3.get("orphan").asBoolean()).isFalse();
        assertThat(task3.get("history").toString()).contains("\"actor\":\"cora\"", "ASSIGN_RESPONSIBILITY");
        // its accountability chain as a graph: the task, its lead, the body above
        assertThat(browser.findElements(By.cssSelector("#chain-svg g.node-task"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#chain-svg g.node-unit"))).hasSizeGreaterThanOrEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("#chain-svg path.edge"))).isNotEmpty();

        // progress on the overdue task: done, so no longer overdue
        row("plan-tasks", tasks.get("1")).findElement(By.className("task-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("task-number"), "1"));
        new Select(browser.findElement(By.id("progress-status"))).selectByValue("DONE");
        browser.findElement(By.id("progress-note")).sendKeys("20所已建成");
        browser.findElement(By.id("progress-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#task-facts dd[data-fact='状态']"), "已完成"));
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#overdue-tasks tr[data-task='" + tasks.get("1") + "']"), 0));
        assertThat(data("query($id: ID!) { task(id: $id) { status progress { by note } } }",
                Map.of("id", tasks.get("1"))).get("task").toString())
                .isEqualTo("{\"status\":\"DONE\",\"progress\":{\"by\":\"cora\",\"note\":\"20所已建成\"}}");

        // the ledger of the plan, fetched with the sign-in
        browser.findElement(By.id("export-plan-csv")).click();
        wait.until(ExpectedConditions.textMatches(By.id("message"), java.util.regex.Pattern.compile("已导出台账（CSV，\\d+ 字节）")));

        // signed out, an edit is no longer offered
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-name")));
        assertThat(browser.findElement(By.id("task-edits")).isDisplayed()).isFalse();
    }

    @Test
    void theMeasuresSectionShowsEachMeasureWithItsLeadsPerPlanItsConflictsAndTheDuplicatedTasks() throws Exception {
        // three small plans of src/test/resources/measures beside the seeds: pre-school expansion under other leads
        List<String> plans = List.of(MeasuresGraphQlTest.NATIONAL, MeasuresGraphQlTest.QUZHOU,
                MeasuresGraphQlTest.KECHENG);
        assertThat(loader.load(measurePlans(plans))).extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.CREATED);
        try {
            browser.get("http://127.0.0.1:" + port + "/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            assertThat(text("message")).isEmpty();

            // the first page of measures, in the API's order, the conflicting ones marked
            JsonNode api = data("""
                    { measures(first: 20) { totalCount edges { node { id conflict tasks { id } } } }
                      ownershipConflicts { totalCount } }
                    """);
            List<String> ids = new ArrayList<>();
            List<String> conflicted = new ArrayList<>();
            api.get("measures").get("edges").forEach(e -> {
                ids.add(e.get("node").get("id").asString());
                if (e.get("node").get("conflict").asBoolean()) {
                    conflicted.add(e.get("node").get("id").asString());
                }
            });
            assertThat(ids).hasSizeGreaterThan(3);
            assertThat(conflicted).isNotEmpty();
            assertThat(attributes("#measure-list .measure", "data-measure")).isEqualTo(ids);
            assertThat(attributes("#measure-list .measure.conflict", "data-measure")).isEqualTo(conflicted);
            assertThat(browser.findElements(By.cssSelector("#measure-list .measure.conflict .badge")))
                    .hasSize(conflicted.size());
            assertThat(text("measure-summary")).isEqualTo("共 " + api.get("measures").get("totalCount").asString()
                    + " 项措施；各地牵头冲突 " + api.get("ownershipConflicts").get("totalCount").asString() + " 处");

            // pre-school expansion: one measure, each plan's task with that plan's lead, the 衢州 conflict named
            String preschool = data("query($id: ID!) { task(id: $id) { measure { id } } }",
                    Map.of("id", MeasuresGraphQlTest.PRESCHOOL_004)).get("task").get("measure").get("id").asString();
            WebElement measure = measureCard(preschool);
            assertThat(measure.getAttribute("class")).isEqualTo("measure conflict");
            Map<String, String> leads = new HashMap<>();
            for (WebElement r : measure.findElements(By.cssSelector("tbody tr"))) {
                leads.put(r.getAttribute("data-task"), r.findElement(By.className("leads")).getText());
            }
            assertThat(leads).containsEntry(MeasuresGraphQlTest.PRESCHOOL_004, "重庆市南岸区教育委员会")
                    .containsEntry(MeasuresGraphQlTest.PRESCHOOL_003, "衢州市教育局")
                    .containsEntry(MeasuresGraphQlTest.QUZHOU + "/二、/1", "衢州市发展和改革委员会")
                    .containsEntry(MeasuresGraphQlTest.KECHENG + "/二、/1", "衢州市柯城区教育局")
                    .containsEntry(MeasuresGraphQlTest.NATIONAL + "/二、/1", "教育部")
                    .containsEntry(MeasuresGraphQlTest.PRESCHOOL_000, "无");
            assertThat(measure.findElement(By.cssSelector("ul.conflicts")).getText())
                    .contains("同一地区衢州市：牵头单位").contains("衢州市教育局").contains("衢州市发展和改革委员会");
            assertThat(measure.findElements(By.cssSelector("tr.conflicting")).stream()
                    .map(r -> r.getAttribute("data-task")).toList()).contains(MeasuresGraphQlTest.PRESCHOOL_003,
                    MeasuresGraphQlTest.QUZHOU + "/二、/1").doesNotContain(MeasuresGraphQlTest.PRESCHOOL_004);

            // duplicated tasks: the API's first page, among them the 16 of 000 and 002 (the web and PDF text of one
            // plan), each row showing both tasks with their leads
            List<String> pairs = new ArrayList<>();
            data("{ duplicateTasks(first: 50) { edges { node { first { id } second { id } } } } }")
                    .get("duplicateTasks").get("edges").forEach(e -> pairs.add(e.get("node").get("first").get("id")
                            .asString() + " " + e.get("node").get("second").get("id").asString()));
            List<WebElement> rows = browser.findElements(By.cssSelector("#duplicate-task-table tbody tr"));
            assertThat(rows.stream().map(r -> r.getAttribute("data-first") + " " + r.getAttribute("data-second"))
                    .toList()).isEqualTo(pairs);
            List<WebElement> seedPairs = rows.stream().filter(r -> r.getAttribute("data-first").startsWith(DOC_000)
                    && r.getAttribute("data-second").startsWith(DOC_002)).toList();
            assertThat(seedPairs).hasSize(16);
            WebElement teachers = seedPairs.stream()
                    .filter(r -> r.getAttribute("data-first").equals(DOC_000 + "/二、(一)/4")).findFirst().orElseThrow();
            assertThat(teachers.getText()).contains("攀枝花市 同一地区").contains("重复");
            List<WebElement> cells = teachers.findElements(By.cssSelector("td.pair-task"));
            assertThat(cells.get(0).findElement(By.className("leads")).getText())
                    .isEqualTo(cells.get(1).findElement(By.className("leads")).getText());

            // a measure filter: the measures of 浙江省, as the API gives them
            browser.findElement(By.id("measure-region")).sendKeys("浙江省");
            browser.findElement(By.id("measure-filter-button")).click();
            List<String> zhejiang = new ArrayList<>();
            data("{ measures(filter: { region: \"浙江省\" }, first: 20) { edges { node { id } } } }")
                    .get("measures").get("edges").forEach(e -> zhejiang.add(e.get("node").get("id").asString()));
            assertThat(zhejiang).contains(preschool).isNotEqualTo(ids);
            wait.until(d -> attributes("#measure-list .measure", "data-measure").equals(zhejiang));
            assertThat(text("measure-summary")).startsWith("共 " + zhejiang.size() + " 项措施；浙江省牵头冲突 ");
            assertThat(text("message")).isEmpty();
        } finally {
            writer.delete(plans);
        }
    }

    /** The card of a measure, asking for more pages of measures until it is shown. */
    private WebElement measureCard(String id) {
        By card = By.cssSelector("#measure-list .measure[data-measure='" + id + "']");
        for (int page = 0; browser.findElements(card).isEmpty() && page < 20; page++) {
            int shown = browser.findElements(By.cssSelector("#measure-list .measure")).size();
            browser.findElement(By.id("measure-more")).click();
            wait.until(d -> d.findElements(By.cssSelector("#measure-list .measure")).size() > shown);
        }
        return browser.findElement(card);
    }

    private List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private WebElement row(String table, String taskId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + table + " tr[data-task='" + taskId + "']")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();
}
