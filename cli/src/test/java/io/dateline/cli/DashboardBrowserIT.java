package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.enrich.EnrichConfig;
import io.dateline.ingest.IngestReport;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.SinkConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: the seed stories go through the whole pipeline (embedded broker, ingest, enrich,
 * sink on SQLite), then headless Chromium (Debian's {@code chromium} driven through its {@code chromedriver}, never
 * downloaded) loads the page from the sink's HTTP port, the test checks that stories show with their entities
 * highlighted and the timeline renders, clicks a rising pair, and saves a screenshot as
 * {@code target/dashboard.png}. Skipped, saying why, where Chromium or its driver is not installed.
 */
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("dateline.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dateline.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    static final Path SEEDS = Path.of("..", "seeds");

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void shouldShowTheSeedStoriesWithEntitiesAndTheTimelineOfAClickedPair(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver); skipping the browser test");
        try (LocalPipeline pipeline = LocalPipeline.start(settings(dir), false)) {
            IngestReport ingested = pipeline.ingest(List.of(SEEDS));
            Map<String, Long> expected = LocalPipeline.versions(ingested.publishing().published());
            await().atMost(Duration.ofSeconds(90)).until(() -> pipeline.notYetStored(expected).isEmpty());
            await().atMost(Duration.ofSeconds(60)).until(pipeline::drained);   // escalation windows too
            String url = "http://127.0.0.1:" + pipeline.sinkHttpPort().orElseThrow() + "/";

            WebDriver browser = chromium(dir);
            try {
                browser.get(url);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

                wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#stories li.story"), 0));
                assertThat(browser.findElements(By.cssSelector("#stories li.story"))).hasSize(expected.size());
                List<WebElement> entities = browser.findElements(By.cssSelector("#stories .ent[data-entity]"));
                assertThat(entities).isNotEmpty();
                assertThat(entities).anySatisfy(entity -> {
                    assertThat(entity.getAttribute("class")).contains("ent-LOCATION");
                    assertThat(entity.getAttribute("title")).matches(".+ \\([A-Z]{3}\\).*");
                });
                assertThat(browser.findElements(By.cssSelector("#stories .events li"))).isNotEmpty();

                // the seeds' latest story (007, border shelling) makes IND -> PAK the top riser of the last day
                List<WebElement> rising = browser.findElements(By.cssSelector("a.dyad-link"));
                assertThat(rising).as("the ranked list of rising pairs").isNotEmpty();
                String dyad = rising.get(0).getAttribute("data-dyad");
                assertThat(dyad).isEqualTo("IND-PAK");
                rising.get(0).click();

                wait.until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-dyads", dyad));
                wait.until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-rendered", "true"));
                WebElement timeline = browser.findElement(By.id("timeline"));
                assertThat(Integer.parseInt(timeline.getAttribute("data-points"))).isPositive();
                assertThat(browser.getCurrentUrl()).contains("dyad=" + dyad);
                assertThat(timeline.findElement(By.tagName("canvas")).getSize().getHeight()).isPositive();

                File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
                Files.createDirectories(SCREENSHOT.getParent());
                Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }

    /** Headless Chromium that never reaches for the network: the driver is named, so Selenium Manager stays idle. */
    private static WebDriver chromium(Path dir) throws Exception {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        return new ChromeDriver(service, options);
    }

    private static ConfigSource settings(Path dir) {
        String prefix = KAFKA.uniquePrefix();
        return ConfigSource.of(Map.of(
                KafkaSettings.BOOTSTRAP_SERVERS.name(), KAFKA.bootstrapServers(),
                KafkaSettings.TOPIC_PREFIX.name(), prefix,
                EnrichConfig.APPLICATION_ID.name(), prefix + "enrich",
                EnrichConfig.COMMIT_INTERVAL.name(), "500ms",
                SinkConfig.GROUP_ID.name(), prefix + "sink",
                SinkConfig.DB_URL.name(), "jdbc:sqlite:" + dir.resolve("dashboard.db"),
                SinkConfig.HTTP_HOST.name(), "127.0.0.1",
                SinkConfig.HTTP_PORT.name(), "0"));
    }
}
