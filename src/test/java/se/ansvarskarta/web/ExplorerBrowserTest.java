package se.ansvarskarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.model.ModelService;

/**
 * The explorer in a real headless Chromium against the VMKF example: log in, the graph, the node panel, what-if,
 * the matrix export, the gaps dashboard, the heat map and the language switch. Each view is saved as a screenshot
 * under target/screenshots/.
 */
@AnsvarskartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {

    /** The federation and every member use a system that runs in the Köping data centre (impact analysis). */
    private static final Set<String> HIT_BY_DATA_CENTRE = Set.of("koping", "arboga", "kungsor", "surahammar", "vmkf");

    @LocalServerPort
    int port;

    @Autowired
    ModelService models;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;
    private int exampleNodes;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Browser.available()) {
            return; // each test then says why it is skipped (or fails, with browser.required=true)
        }
        exampleNodes = Fixtures.loadExample(models);
        downloads = Files.createTempDirectory("ansvarskarta-downloads-");
        driver = Browser.start(downloads);
        // the explorer re-renders its panels as answers arrive: an element found a moment ago may be gone
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
    }

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
    }

    /** The browser's console goes to the test's output, for whoever reads a failure. */
    @AfterEach
    void printConsole() {
        if (driver != null) {
            driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
        }
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void aVisitorLogsInAndSeesTheFederationWithItsMunicipalitiesInSwedish() {
        driver.get(url("/"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Användarnamn");
        Browser.screenshot(driver, "01-login");
        driver.findElement(By.id("username")).sendKeys("viewer");
        driver.findElement(By.id("password")).sendKeys("viewer-pw");
        driver.findElement(By.id("login-submit")).click();
        waitForExplorer();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(driver.findElement(By.id("tab-matrix")).getText()).isEqualTo("Gränsdragningslista");
        List<String> ids = shownNodeIds();
        assertThat(ids).contains("vmkf", "koping", "arboga", "kungsor", "surahammar");
        // A neighbourhood, never the whole model.
        assertThat(ids.size()).isLessThan(exampleNodes);
        Number loadMillis = (Number) driver.executeScript("return window.explorer.loadMillis");
        System.out.println("Explorer interactive after " + loadMillis + " ms");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.explorer.marksLoaded === true")));
        // Uncovered boundaries stand out: counted in the status line and drawn in red.
        assertThat(driver.findElement(By.id("uncovered-count")).getText()).contains("saknar avtal");
        Browser.screenshot(driver, "02-graph");
    }

    @Test
    @Order(2)
    void searchingTheDataCentreOpensItsPanelWithResponsibilitiesProtectionNeedAndBoundaries() {
        selectBySearch("dc-koping", "infra-dc-koping");
        WebElement panel = driver.findElement(By.id("panel-node"));
        wait.until(d -> panel.getText().contains("Skyddsbehov") && panel.getText().contains("Gränsdragning"));
        assertThat(panel.getText()).contains("Ägare", "Drift", "Tillgänglighet");
        assertThat((Boolean) driver.executeScript(
                "return window.explorer.cy.getElementById('infra-dc-koping').selected()")).isTrue();
        Browser.screenshot(driver, "03-node-panel");
    }

    @Test
    @Order(3)
    void failingTheDataCentreHighlightsTheMunicipalitiesItHitsWithAPathToEach() {
        selectBySearch("dc-koping", "infra-dc-koping");
        wait.until(d -> d.findElement(By.id("btn-fail")).isDisplayed());
        driver.findElement(By.id("btn-fail")).click();
        driver.findElement(By.id("btn-impact")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#impact-organisations li")).isEmpty());
        Set<String> listed = driver.findElements(By.cssSelector("#impact-organisations li")).stream()
                .map(li -> li.getAttribute("data-id")).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(HIT_BY_DATA_CENTRE);
        @SuppressWarnings("unchecked")
        List<String> highlighted = (List<String>) driver.executeScript(
                "return window.explorer.cy.nodes('.affected').map(n => n.id())");
        assertThat(Set.copyOf(highlighted)).isEqualTo(listed);
        assertThat(driver.findElement(By.id("impact-organisations")).getText()).contains("Väg", "Köpings kommun");
        assertThat((Boolean) driver.executeScript(
                "return window.explorer.cy.getElementById('infra-dc-koping').hasClass('failed')")).isTrue();
        Browser.screenshot(driver, "04-what-if");
        // The path to one municipality is drawn in the graph.
        driver.findElement(By.cssSelector("#impact-organisations li[data-id=kungsor] button")).click();
        wait.until(d -> ((Number) driver.executeScript("return window.explorer.cy.edges('.path').length")).intValue() > 0);
        Browser.screenshot(driver, "05-what-if-path");
        driver.findElement(By.id("btn-impact-clear")).click();
    }

    @Test
    @Order(4)
    void theMatrixExportDownloadsEverySystemAndInfrastructureNodeAsCsvAndExcel() throws IOException {
        driver.findElement(By.id("tab-matrix")).click();
        wait.until(d -> d.findElements(By.cssSelector("#matrix tbody tr")).size() > 10);
        int rows = driver.findElements(By.cssSelector("#matrix tbody tr")).size();
        assertThat(driver.findElement(By.id("matrix")).getText()).contains("SAKNAS", "VAKANT");
        Browser.screenshot(driver, "06-matrix");

        driver.findElement(By.id("export-csv")).click();
        Path csv = awaitDownload(".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFid;Namn;Typ;Ägare;");
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("infra-dc-koping;"));

        driver.findElement(By.id("export-xlsx")).click();
        Path xlsx = awaitDownload(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            List<String> ids = new ArrayList<>();
            sheet.forEach(row -> ids.add(row.getCell(0).getStringCellValue()));
            assertThat(ids).contains("id", "infra-dc-koping");
        }

        new Select(driver.findElement(By.id("matrix-org"))).selectByValue("surahammar");
        wait.until(d -> d.findElements(By.cssSelector("#matrix tbody tr")).size() < rows);
        assertThat(driver.findElement(By.id("export-csv")).getAttribute("href")).contains("organisation=surahammar");
    }

    @Test
    @Order(5)
    void theGapsDashboardShowsEachMunicipalityAndLinksToTheReportRows() {
        driver.findElement(By.id("tab-gaps")).click();
        wait.until(d -> d.findElements(By.cssSelector("#gaps tbody tr")).size() >= 5);
        Set<String> scopes = driver.findElements(By.cssSelector("#gaps tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-id")).collect(Collectors.toSet());
        assertThat(scopes).containsAll(Set.of("vmkf", "koping", "arboga", "kungsor", "surahammar"));
        driver.findElement(By.cssSelector("#gaps button[data-metric=classified][data-scope=vmkf]")).click();
        wait.until(d -> d.findElement(By.id("report-title")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("table[data-report=unclassified-systems] tbody tr"))).isNotEmpty();
        Browser.screenshot(driver, "07-gaps");
    }

    @Test
    @Order(6)
    void theHeatMapCountsRisksPerCellAndListsACellsRisks() {
        driver.findElement(By.id("tab-risks")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#heat-table td")).isEmpty());
        List<WebElement> cells = driver.findElements(By.cssSelector("#heat-table td .cell-button"));
        assertThat(cells).hasSize(16);
        WebElement busy = cells.stream().filter(c -> !c.findElement(By.className("count")).getText().equals("0"))
                .findFirst().orElseThrow();
        busy.click();
        wait.until(d -> !d.findElements(By.cssSelector("#cell-risk-list li")).isEmpty());
        Browser.screenshot(driver, "08-heat-map");
    }

    @Test
    @Order(7)
    void switchingToEnglishTranslatesTheExplorerAndTheLoginPage() {
        driver.findElement(By.id("tab-graph")).click();
        new Select(driver.findElement(By.id("lang"))).selectByValue("en");
        wait.until(d -> d.findElement(By.id("tab-matrix")).getText().equals("Responsibility matrix"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("btn-impact")).getText()).isEqualTo("Simulate failure");
        Browser.screenshot(driver, "09-english");
        driver.findElement(By.id("tab-risks")).click();
        wait.until(d -> d.findElement(By.id("heat-table")).getText().contains("Likelihood"));
        // The choice is remembered for the next page load, the login page included.
        driver.get(url("/login"));
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
        driver.get(url("/"));
        waitForExplorer();
        assertThat(driver.findElement(By.id("tab-graph")).getText()).isEqualTo("Graph");
        // A warm server: the target is one second; the bound only catches gross regressions on a busy CI machine.
        Number warm = (Number) driver.executeScript("return window.explorer.loadMillis");
        System.out.println("Explorer interactive after " + warm + " ms (warm server)");
        assertThat(warm.longValue()).isLessThan(5000);
        new Select(driver.findElement(By.id("lang"))).selectByValue("sv");
        wait.until(d -> d.findElement(By.id("tab-graph")).getText().equals("Graf"));
    }

    @Test
    @Order(8)
    void theGraphCanBeWalkedWithTheKeyboard() {
        WebElement graph = driver.findElement(By.id("cy"));
        graph.click();
        graph.sendKeys(Keys.ARROW_RIGHT);
        wait.until(d -> ((Number) driver.executeScript("return window.explorer.cy.nodes(':selected').length")).intValue() == 1);
        String first = (String) driver.executeScript("return window.explorer.cy.nodes(':selected')[0].id()");
        int before = shownNodeIds().size();
        graph.sendKeys(Keys.ENTER);
        wait.until(d -> shownNodeIds().size() >= before);
        assertThat(first).isNotBlank();
    }

    @Test
    @Order(9)
    void filteringByAMunicipalityShowsOnlyWhatItIsInvolvedIn() {
        new Select(driver.findElement(By.id("filter-org"))).selectByValue("arboga");
        // Every node left in view (but the selected one) is Arboga or related to Arboga.
        String involved = "return window.explorer.cy.nodes().filter(n => n.visible() && !n.selected())"
                + ".map(n => n.id() === 'arboga' || n.data('organisations').includes('arboga'))";
        wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<Boolean> flags = (List<Boolean>) driver.executeScript(involved);
            return flags.size() > 5 && !flags.contains(false);
        });
        Browser.screenshot(driver, "10-filter-arboga");
        new Select(driver.findElement(By.id("filter-org"))).selectByValue("");
    }

    @Test
    @Order(10)
    void withSeveralFederationsEachFederationsGapsCoverItselfAndItsMembers() {
        Fixtures.loadText(models, """
                version: 1
                organisations:
                  - {id: fed-a, name: Förbund A, type: federation}
                  - {id: fed-b, name: Förbund B, type: federation}
                  - {id: kom-a, name: Kommun A, type: municipality, memberOf: fed-a}
                  - {id: kom-b, name: Kommun B, type: municipality, memberOf: fed-b}
                systems:
                  - {id: sys-a1, name: System A1, usedBy: [kom-a]}
                  - {id: sys-a2, name: System A2, usedBy: [fed-a]}
                  - {id: sys-b1, name: System B1, usedBy: [kom-b]}
                """);
        try {
            driver.get(url("/"));
            waitForExplorer();
            driver.findElement(By.id("tab-gaps")).click();
            wait.until(d -> d.findElements(By.cssSelector("#gaps tbody tr")).size() == 4);
            WebElement fedA = driver.findElement(By.cssSelector("#gaps tbody tr[data-id=fed-a]"));
            WebElement fedB = driver.findElement(By.cssSelector("#gaps tbody tr[data-id=fed-b]"));
            assertThat(fedA.getText()).contains("förbundet och dess medlemmar").doesNotContain("hela modellen");
            // classified systems: none of them is, out of the federation's own and its members' systems
            assertThat(fedA.findElement(By.cssSelector("td")).getText()).contains("(0/2)");
            assertThat(fedB.findElement(By.cssSelector("td")).getText()).contains("(0/1)");
            Browser.screenshot(driver, "11-gaps-two-federations");
        } finally {
            Fixtures.loadExample(models);
        }
    }

    private void selectBySearch(String text, String id) {
        driver.findElement(By.id("tab-graph")).click();
        WebElement search = driver.findElement(By.id("search"));
        search.clear();
        search.sendKeys(text);
        By result = By.cssSelector("#search-results button[data-id='" + id + "']");
        wait.until(d -> {
            d.findElement(result).click(); // retried while the result list re-renders
            return true;
        });
        wait.until(d -> d.findElements(By.id("panel-title")).stream().anyMatch(WebElement::isDisplayed)
                && !d.findElement(By.id("panel-title")).getText().isBlank()
                && d.getCurrentUrl().endsWith("node=" + id));
    }

    private void waitForExplorer() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(window.explorer && window.explorer.ready)")));
    }

    @SuppressWarnings("unchecked")
    private List<String> shownNodeIds() {
        return (List<String>) driver.executeScript("return window.explorer.cy.nodes().map(n => n.id())");
    }

    private Path awaitDownload(String extension) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
