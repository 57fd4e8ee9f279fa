package org.casegraph.explore;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager never runs, so nothing
 * is downloaded), with a fresh profile, the requests it makes recorded from its performance log, and
 * screenshots written under {@code target/explore-screenshots/} for a person to look at.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CASEGRAPH_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CASEGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "explore-screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;
  private final String origin;
  private final List<String> requests = new ArrayList<>();

  /** Skips the calling tests where no browser is installed, except in CI (CI=true), where that is a failure. */
  static void assumeInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    var missing = "The browser tests of /explore need Chromium (%s) and its driver (%s): apt-get install chromium chromium-driver"
        .formatted(CHROMIUM, CHROMEDRIVER);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(missing);
    }
    Assumptions.abort(missing + "; skipped here");
  }

  Browser(String origin) {
    this.origin = origin;
    try {
      profile = Files.createTempDirectory("casegraph-chromium-");
      downloads = Files.createDirectories(profile.resolve("downloads"));
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--window-size=1500,900", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    var logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    driver.get("about:blank");
    driver.manage().logs().get(LogType.PERFORMANCE); // what the browser loads for itself on start is not the page's
  }

  /** Loads the page afresh (a new fragment alone would not reload it). */
  void open(String pathAndFragment) {
    driver.get("about:blank");
    driver.get(origin + pathAndFragment);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement waitFor(String css) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitForText(String css, String text) {
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition);
  }

  /** Waits until a script, run in the page, answers true. */
  void waitUntilTrue(String script, Object... args) {
    new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js(script, args)));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every URL the page asked for so far (documents, scripts, styles, fetches, images), from the performance log. */
  List<String> requests() {
    for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      var message = JSON.readTree(entry.getMessage()).path("message");
      if ("Network.requestWillBeSent".equals(message.path("method").asString(""))) {
        requests.add(message.path("params").path("request").path("url").asString(""));
      }
    }
    return List.copyOf(requests);
  }

  /** Messages the page wrote to its console at level SEVERE (uncaught errors among them). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(e -> e.getMessage()).toList();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
