package org.casegraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.core.io.ClassPathResource;

/**
 * The analyst's view at /explore in a real browser (headless Chromium), used as an analyst uses it: sign in,
 * search with a typo, expand, read who says so, hide a source, find a path, save, export. One browser
 * for the class, on the app the other API tests share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreIT extends ApiIT {

  private static final String SECOND_ARTICLE = "datasets/second-article-tocoron.json";
  private static final String[] SECOND_ARTICLE_IDS = {"source:test-second-article", "person:test-maria-perez",
      "event:test-release-tocoron-second-count", "detention:test-maria-perez-tocoron", "claim:test-about-45-released-tocoron",
      "claim:test-maria-perez-held-in-tocoron"};


  private Browser browser;
  private String origin;

  @BeforeAll
  void openTheBrowser() {
    origin = "http://localhost:" + port;
    if (Browser.installed()) {
      browser = new Browser(origin);
    }
  }

  /** Each test says it is skipped, and why, where no browser is installed (and fails so in CI). */
  @BeforeEach
  void needTheBrowser() {
    Browser.assumeInstalled();
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void shouldHaveLoadedNothingFromOutsideTheServiceAndThrownNothing() {
    if (browser == null) {
      return;
    }
    assertThat(browser.requests()).as("every request the page made").isNotEmpty()
        .allSatisfy(url -> assertThat(url).matches("^(" + java.util.regex.Pattern.quote(origin) + "/|data:|blob:|about:blank).*"));
    assertThat(browser.consoleErrors()).as("errors in the page's console").noneMatch(m -> m.contains("Uncaught"));
  }

  @Test
  void shouldRefuseAWrongTokenClearlyAndSignInWithTheLinkFromTheLog() {
    browser.open("/explore");
    browser.js("sessionStorage.clear()");
    browser.open("/explore");
    browser.waitFor("#sign-in #token").sendKeys("cg_not-a-token-anyone-was-given-0123456789", Keys.ENTER);
    browser.waitForText("#sign-in-error", "not accepted");
    assertThat(browser.find("#sign-in-error").getText()).contains("mistyped, revoked or expired");
    browser.screenshot("01-wrong-token");

    signIn(TestTokens.READER);
    assertThat(browser.driver.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token").doesNotContain("cg_");
    assertThat(browser.js("return sessionStorage.getItem('casegraph.token')")).isEqualTo(TestTokens.READER.secret());
    assertThat(browser.js("return localStorage.length")).isEqualTo(0L);
    assertThat(browser.find("#viewer").getText()).contains(TestTokens.READER.tokenName()).contains("reader");
  }

  @Test
  void shouldFindTocoronWithATypoAndExpandItAfterShowingTheCountsByType() {
    signIn(TestTokens.READER);
    search("tocoron", "Tocorón");
    assertThat(onCanvas()).containsExactly("prison:tocoron");

    rightClick("prison:tocoron");
    browser.waitFor("#node-menu button[data-type='AT']");
    assertThat(browser.find("#node-menu").getText()).contains("events at a prison (1)").contains("Expand all (1)");
    browser.screenshot("02-expansion-menu");
    settling(() -> browser.find("#node-menu button[data-type='AT']").click());
    assertThat(onCanvas()).contains("prison:tocoron", "event:release-tocoron");

    doubleClick("event:release-tocoron");
    idle();
    assertThat(onCanvas()).as("who verified the release, and who ordered it").contains("org:foro-penal", "org:venezuela");
    assertThat(browser.driver.getCurrentUrl()).as("the canvas in the address").contains("prison:tocoron").contains("event:release-tocoron");

    doubleClick("org:foro-penal");
    assertThat(onCanvas()).contains("person:alfredo-romero");
    browser.find("#fit").click();
    clickEdge("event:release-tocoron|AT|prison:tocoron");
    browser.waitForText("#pane-claims", "Fifty people were released from the Tocorón prison in the state of Aragua");
    browser.screenshot("03-tocoron-expanded"); // docs/explore.png is this screenshot
  }

  @Test
  void shouldExpandPinAndUndoFromTheKeyboard() {
    signIn(TestTokens.READER);
    search("Foro Penal", "Foro Penal");
    settling(() -> new Actions(browser.driver).sendKeys("e").perform());
    assertThat(onCanvas()).contains("org:foro-penal", "person:alfredo-romero");

    new Actions(browser.driver).sendKeys("p").perform();
    browser.waitUntilTrue("return window.casegraph.cy.getElementById('org:foro-penal').locked()");
    assertThat(browser.driver.getCurrentUrl()).contains("pin=org:foro-penal");

    new Actions(browser.driver).sendKeys("z").perform();
    browser.waitUntilTrue("return !window.casegraph.cy.getElementById('org:foro-penal').locked()");
    new Actions(browser.driver).sendKeys("z").perform();
    browser.waitUntil(d -> onCanvas().equals(List.of("org:foro-penal")));
    assertThat(browser.find("#message").getText()).contains("Undone: expanding Foro Penal");

    browser.find("#table-toggle").click();
    assertThat(browser.find("#node-table tbody").getText()).contains("Foro Penal", "Organisation");
    browser.find("#table-toggle").click();
  }

  @Test
  void shouldShowWhoSaysSoBehindAnEdgeWordForWordWithItsSource() {
    signIn(TestTokens.READER);
    search("Alfredo Romro", "Alfredo Romero");
    doubleClick("person:alfredo-romero");
    idle();
    assertThat(edgeCaption("role:alfredo-romero-leads-foro-penal")).isEqualTo("leader · 1");

    clickEdge("role:alfredo-romero-leads-foro-penal");
    browser.waitForText("#pane-claims", "Foro Penal’s leader Alfredo Romero");
    var pane = browser.find("#pane-claims").getText();
    assertThat(pane).contains("Alfredo Romero — leader — Foro Penal", "Alfredo Romero is the leader of Foro Penal.",
        "Venezuela frees more than 100 arrested after disputed election result", "16 Nov 2024");
    browser.screenshot("04-who-says-so");
  }

  @Test
  void shouldHideWhatRestsOnAHiddenSourceAloneAndShowWhereSourcesDisagree() throws Exception {
    importer.importContent(new ClassPathResource(SECOND_ARTICLE).getContentAsByteArray());
    try {
      signIn(TestTokens.READER);
      search("Tocoron", "Tocorón");
      doubleClick("prison:tocoron");
      idle();
      assertThat(onCanvas()).contains("person:test-maria-perez", "event:release-tocoron");
      assertThat(visible("person:test-maria-perez")).isTrue();

      var contested = "event:release-tocoron|AT|prison:tocoron";
      assertThat((Boolean) browser.js("return window.casegraph.cy.getElementById(arguments[0]).hasClass('contested')", contested)).isTrue();
      clickEdge(contested);
      browser.waitFor("#pane-claims .disagreements .side-by-side");
      var pane = browser.find(".disagreements").getText();
      assertThat(pane).contains("Fifty people were released from the Tocorón prison", "some 45 prisoners walked out of Tocorón");
      assertThat(browser.all(".disagreements .side-by-side .side")).hasSize(2);
      browser.screenshot("05-sources-disagree");

      var second = browser.waitFor("#sources input[data-id='source:test-second-article']");
      assertThat(second.findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("A second report on the Tocorón releases");
      second.click();
      browser.waitUntilTrue("return !window.casegraph.cy.getElementById('person:test-maria-perez').visible()");
      assertThat(visible("event:release-tocoron")).as("the release rests on the article too").isTrue();
      assertThat(browser.find("#filter-summary").getText()).contains("1 source hidden").containsPattern("hide \\d+ facts? and \\d+ nodes?");
      assertThat(browser.driver.getCurrentUrl()).contains("hide=source:test-second-article");
      browser.screenshot("06-source-hidden");

      browser.find("#sources input[data-id='source:test-second-article']").click();
      browser.waitUntilTrue("return window.casegraph.cy.getElementById('person:test-maria-perez').visible()");
      var bar = browser.find("#timebar-svg");
      var width = bar.getSize().getWidth();
      new Actions(browser.driver).moveToElement(bar, (int) (width * 0.05 - width / 2.0), 0).clickAndHold()
          .moveByOffset((int) (width * 0.45), 0).release().perform();
      browser.waitUntilTrue("return !window.casegraph.cy.getElementById('event:release-tocoron').visible()");
      assertThat(visible("person:test-maria-perez")).as("held from August, inside the period").isTrue();
      assertThat(browser.find("#time-window").getText()).matches("2024-0[78]-\\d\\d to 2024-\\d\\d-\\d\\d");
      assertThat(browser.driver.getCurrentUrl()).contains("from=2024-0");
      browser.screenshot("06b-a-period");
    } finally {
      forget(SECOND_ARTICLE_IDS);
    }
  }

  @Test
  void shouldHighlightHowAlfredoRomeroConnectsToTocoronWithTheClaims() {
    signIn(TestTokens.READER);
    search("Alfredo Romero", "Alfredo Romero");
    search("Tocorón", "Tocorón");
    click("person:alfredo-romero", false);
    click("prison:tocoron", true);
    browser.waitFor("#tab-path[aria-selected='true']");
    browser.waitFor("#find-path").click();
    browser.waitForText("#pane-path .path-result", "highlighted on the canvas");
    idle();
    assertThat(browser.find("#pane-path .path-result").getText()).containsPattern("1 path of \\d hops");
    @SuppressWarnings("unchecked")
    var onPath = (List<String>) browser.js("return window.casegraph.cy.$('.on-path').map(e => e.id())");
    assertThat(onPath).contains("person:alfredo-romero", "prison:tocoron").hasSizeGreaterThan(3);
    assertThat(browser.all("#pane-path .path-steps .claim")).isNotEmpty();
    browser.screenshot("07-path");
  }

  @Test
  void shouldSaveTheViewAndReopenItFromItsAddress() {
    signIn(TestTokens.READER);
    search("tocoron", "Tocorón");
    doubleClick("prison:tocoron");
    idle();
    var before = onCanvas();
    browser.find("#save").click();
    var name = browser.waitFor("#save-name");
    name.clear();
    name.sendKeys("Tocorón releases", Keys.ENTER);
    browser.waitForText("#message", "Saved as “Tocorón releases”");
    var address = browser.driver.getCurrentUrl();
    assertThat(address).contains("saved=");
    browser.waitForText("#saved-views", "Tocorón releases");

    browser.open(address.substring(origin.length()));
    browser.waitForText("#message", "Opened the saved view “Tocorón releases”");
    idle();
    assertThat(onCanvas()).containsExactlyInAnyOrderElementsOf(before);
    browser.screenshot("08-saved-view-reopened");
    driver.executableQuery("MATCH (v:SavedView) DELETE v").execute();
  }

  @Test
  void shouldExportTheCanvasAsAPngThatShowsTheGraphAndItsSubgraphAsData() throws Exception {
    signIn(TestTokens.READER);
    search("Foro Penal", "Foro Penal");
    doubleClick("org:foro-penal");
    idle();
    try (var old = Files.list(browser.downloads)) {
      old.forEach(p -> p.toFile().delete());
    }
    browser.find("#export-button").click();
    browser.waitFor("[data-export='png']").click();
    var png = download(".png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(200);
    assertThat(luminanceVariance(image)).as("a blank image has none").isGreaterThan(100.0);

    browser.find("#export-button").click();
    browser.waitFor("[data-export='cytoscape']").click();
    var cytoscape = Files.readString(download(".cyjs"));
    assertThat(cytoscape).contains("\"org:foro-penal\"", "\"person:alfredo-romero\"", "claim:romero-leads-foro-penal");
    browser.find("#export-button").click();
    browser.waitFor("[data-export='ftm']").click();
    assertThat(Files.readString(download(".ftm.jsonl"))).contains("Foro Penal", "Alfredo Romero");
  }

  @Test
  void shouldNeverShowAReaderTheRestrictedSource() throws Exception {
    removeTheStatement();
    importer.importContent(new ClassPathResource("datasets/restricted-witness.json").getContentAsByteArray());
    try {
      signIn(TestTokens.READER);
      typeInSearch("Valderrama");
      browser.waitForText("#search-results", "Nothing found");
      search("tocoron", "Tocorón");
      doubleClick("prison:tocoron");
      idle();
      assertThat(onCanvas()).isNotEmpty().noneMatch(id -> id.contains("test-sealed"));
      assertThat(browser.find("body").getText().toLowerCase()).doesNotContain("sealed", "ximena", "valderrama", "sombra");
      browser.screenshot("09-reader-sees-no-restricted-source");

      signIn(TestTokens.CONFIDENTIAL_READER);
      search("tocoron", "Tocorón");
      doubleClick("prison:tocoron");
      idle();
      assertThat(onCanvas()).as("with CONFIDENTIAL access the statement is there").anyMatch(id -> id.contains("test-sealed"));
      browser.waitForText("#sources", "Sealed witness statement on Tocorón");
    } finally {
      removeTheStatement();
    }
  }

  // ---- what a user does ---------------------------------------------------------------------

  private void signIn(TestTokens token) {
    browser.open("/explore#token=" + token.secret());
    browser.waitForText("#viewer", token.tokenName());
  }

  private void typeInSearch(String text) {
    var input = browser.waitFor("#search-text");
    input.clear();
    input.sendKeys(text);
  }

  /** Types a (maybe misspelt) name, waits for the hit, and chooses it with Enter. */
  private void search(String text, String expected) {
    typeInSearch(text);
    browser.waitForText("#search-results li.active", expected);
    settling(() -> browser.find("#search-text").sendKeys(Keys.ENTER));
  }

  private void idle() {
    browser.waitUntil(d -> "false".equals(browser.find("#canvas").getAttribute("aria-busy")));
    browser.waitUntilTrue("return !window.casegraph.cy.$(':animated').length");
  }

  @SuppressWarnings("unchecked")
  private List<String> onCanvas() {
    return (List<String>) browser.js("return window.casegraph.cy.nodes().map(n => n.id())");
  }

  private boolean visible(String id) {
    return (Boolean) browser.js("return window.casegraph.cy.getElementById(arguments[0]).visible()", id);
  }

  private String edgeCaption(String id) {
    return (String) browser.js("return window.casegraph.cy.getElementById(arguments[0]).data('caption')", id);
  }

  private Actions at(String script, String id) {
    @SuppressWarnings("unchecked")
    var point = (java.util.Map<String, Number>) browser.js(script, id);
    WebElement canvas = browser.find("#canvas");
    var size = canvas.getSize();
    return new Actions(browser.driver).moveToElement(canvas, (int) Math.round(point.get("x").doubleValue() - size.getWidth() / 2.0),
        (int) Math.round(point.get("y").doubleValue() - size.getHeight() / 2.0));
  }

  private Actions atNode(String id) {
    browser.js("const n = window.casegraph.cy.getElementById(arguments[0]); window.casegraph.cy.center(n)", id);
    return at("return window.casegraph.cy.getElementById(arguments[0]).renderedPosition()", id);
  }

  /** Double-clicks a node (it expands) and waits until the canvas has settled again. */
  private void doubleClick(String id) {
    var actions = atNode(id).doubleClick();
    settling(actions::perform);
  }

  /** Does what starts work on the canvas, and waits until it is done. */
  private void settling(Runnable action) {
    var settled = settled();
    action.run();
    browser.waitUntil(d -> settled() > settled);
    idle();
  }

  /** How many times the canvas finished a piece of work (a request, a layout). */
  private int settled() {
    var count = browser.find("#canvas").getDomAttribute("data-settled");
    return count == null ? 0 : Integer.parseInt(count);
  }

  private void rightClick(String id) {
    atNode(id).contextClick().perform();
  }

  private void click(String id, boolean shift) {
    clickUntilSelected(id, () -> {
      var actions = atNode(id);
      (shift ? actions.keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT) : actions.click()).perform();
    });
  }

  private void clickEdge(String id) {
    clickUntilSelected(id, () -> {
      browser.js("const e = window.casegraph.cy.getElementById(arguments[0]); window.casegraph.cy.center(e)", id);
      at("return window.casegraph.cy.getElementById(arguments[0]).renderedMidpoint()", id).click().perform();
    });
  }

  /**
   * Clicks once the canvas has settled (an element still moving under a layout is not where its position
   * was read), and again if a late layout step moved it from under the pointer; then it must be selected.
   */
  private void clickUntilSelected(String id, Runnable click) {
    var selected = "return window.casegraph.cy.getElementById(arguments[0]).selected()";
    for (int attempt = 0; attempt < 3; attempt++) {
      idle();
      click.run();
      var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (System.nanoTime() < deadline) {
        if (Boolean.TRUE.equals(browser.js(selected, id))) {
          return;
        }
        sleep(200);
      }
    }
    browser.waitUntilTrue(selected, id);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path download(String suffix) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(browser.downloads)) {
        var found = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
        if (found.isPresent() && Files.size(found.get()) > 0) {
          return found.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + suffix + " file was downloaded to " + browser.downloads);
  }

  private static double luminanceVariance(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    long n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        sum += l;
        squares += l * l;
        n++;
      }
    }
    double mean = sum / n;
    return squares / n - mean * mean;
  }

  private static void removeTheStatement() {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':test-sealed-' DETACH DELETE n").execute();
      driver.executableQuery("MATCH (n:Restricted) REMOVE n:Restricted").execute();
    }
  }
}
