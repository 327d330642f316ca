package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.GraphWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
