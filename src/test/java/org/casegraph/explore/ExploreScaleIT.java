package org.casegraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.casegraph.support.ApiIT;
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
import org.openqa.selenium.interactions.WheelInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's view at /explore under load, in a real browser: a prison where 2,000 people are held is a
 * hub the page shows in part (and says how much it left out) without freezing, and 500 nodes on the canvas
 * pan and zoom smoothly. Frame times and layout times are printed, never asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreScaleIT extends ApiIT {

  private static final int HELD = 2_000;
  private static final int EXPAND_LIMIT = 60; // graph.js: the nodes one expansion adds at most
  private static final String HUB = "prison:test-scale-hub";
  private static final String HUB_NAME = "Penitenciaría Escalada";


  private Browser browser;
  private String origin;
  private final List<String> made = new ArrayList<>();

  @BeforeAll
  void loadTheHubAndOpenTheBrowser() {
    importer.importContent(hub());
    origin = "http://localhost:" + port;
    if (Browser.installed()) {
      browser = new Browser(origin);
    }
  }

  @BeforeEach
  void needTheBrowser() {
    Browser.assumeInstalled();
  }

  @AfterAll
  void closeTheBrowserAndForgetTheHub() {
    if (browser != null) {
      browser.close();
    }
    forget(made.toArray(String[]::new));
  }

  @AfterEach
  void shouldHaveThrownNothing() {
    if (browser == null) {
      return;
    }
    assertThat(browser.consoleErrors()).as("errors in the page's console").noneMatch(m -> m.contains("Uncaught"));
  }

  @Test
  void shouldShowAHubOfThousandsInPartSayHowManyWereLeftOutAndStayResponsive() {
    signIn(TestTokens.READER);
    search("Escalada", HUB_NAME);
    assertThat(onCanvas()).containsExactly(HUB);

    startRecordingFrames();
    var started = System.nanoTime();
    var settled = settled();
    atNode(HUB).doubleClick().perform();
    var roundTrip = System.nanoTime();
    assertThat(browser.js("return window.casegraph.cy.nodes().length")).as("the page answers while it expands").isNotNull();
    var answeredInMs = (System.nanoTime() - roundTrip) / 1e6;
    browser.waitUntil(d -> settled() > settled);
    idle();
    var expandedInMs = (System.nanoTime() - started) / 1e6;
    var frames = stopRecordingFrames();

    var message = browser.waitFor("#message").getText();
    var figures = Pattern.compile("showing (\\d+) new nodes? .*; ([\\d,]+) more left out").matcher(message);
    assertThat(figures.find()).as("the cap is told: " + message).isTrue();
    var shown = Integer.parseInt(figures.group(1));
    var leftOut = Integer.parseInt(figures.group(2).replace(",", ""));
    assertThat(shown).isPositive().isLessThanOrEqualTo(EXPAND_LIMIT);
    assertThat(shown + leftOut).as("shown and left out are everyone held there").isEqualTo(HELD);
    assertThat(message).contains(HUB_NAME + " is a hub");
    assertThat(onCanvas()).as("the hub and at most one expansion's cap").hasSize(1 + shown);
    assertThat((Boolean) browser.js("return window.casegraph.cy.getElementById(arguments[0]).hasClass('truncated')", HUB))
        .as("the hub's dashed ring").isTrue();
    browser.screenshot("20-hub-capped");

    // another control answers at once: the table of the canvas opens, in step with it
    browser.find("#table-toggle").click();
    browser.waitUntil(d -> browser.all("#node-table tbody tr").size() == 1 + shown);
    assertThat(browser.find("#node-table tbody").getText()).contains(HUB_NAME, "Prisoner ");
    browser.find("#table-toggle").click();

    System.out.printf("[explore-scale] hub of %,d: expansion (request, draw, layout) %.0f ms, %d nodes shown, %,d left out; "
            + "a script answered during it in %.0f ms; frames during it: median %.1f ms, p95 %.1f ms, longest %.1f ms (%d frames)%n",
        HELD, expandedInMs, shown, leftOut, answeredInMs, percentile(frames, 50), percentile(frames, 95), percentile(frames, 100),
        frames.size());
    assertThat(answeredInMs).as("the page never freezes: a script answers within seconds").isLessThan(10_000);
  }

  @Test
  void shouldPanAndZoomFiveHundredNodesWithFramesMeasured() {
    var people = IntStream.rangeClosed(1, 499).mapToObj(ExploreScaleIT::person).toList();
    var ids = new ArrayList<String>(people);
    ids.add(HUB);
    signIn(TestTokens.READER);
    // the address an analyst shares after putting 499 of the people held there on the canvas and expanding 150 of
    // them (each expansion brings the hub and the detention between them), as the page restores it: through the API
    var started = System.nanoTime();
    browser.open("/explore#view=facts&n=" + String.join(",", ids) + "&x=" + String.join(",", people.subList(0, 150)));
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(d -> "false".equals(browser.find("#canvas").getAttribute("aria-busy"))
            && Long.valueOf(ids.size()).equals(browser.js("return window.casegraph.cy.nodes().length")));
    idle();
    var restoredInMs = (System.nanoTime() - started) / 1e6;
    assertThat(onCanvas()).as("the ids asked for, all on the canvas").containsExactlyInAnyOrderElementsOf(ids);
    var edges = ((Number) browser.js("return window.casegraph.cy.edges().length")).intValue();

    // the force layout again, on all 500, timed in the page
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    var layoutMs = ((Number) browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const cy = window.casegraph.cy;
        const start = performance.now();
        cy.one('layoutstop', () => done(performance.now() - start));
        const select = document.getElementById('layout');
        select.value = 'fcose';
        select.dispatchEvent(new Event('change'));""")).doubleValue();
    idle();
    browser.screenshot("21-five-hundred-nodes");

    // a scripted pan and zoom, one step a frame
    @SuppressWarnings("unchecked")
    var scripted = ((List<Number>) browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const cy = window.casegraph.cy;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        const gaps = [];
        let last;
        let frame = 0;
        function step(t) {
          if (last !== undefined) gaps.push(t - last);
          last = t;
          frame += 1;
          if (frame <= 60) cy.panBy({ x: 6, y: 3 });
          else if (frame <= 120) cy.zoom({ level: cy.zoom() * 1.02, renderedPosition: centre });
          else if (frame <= 180) cy.zoom({ level: cy.zoom() / 1.02, renderedPosition: centre });
          else if (frame <= 240) cy.panBy({ x: -6, y: -3 });
          if (frame <= 240) requestAnimationFrame(step); else done(gaps);
        }
        requestAnimationFrame(step);""")).stream().map(Number::doubleValue).toList();

    // the same with the mouse: the wheel zooms in and out
    startRecordingFrames();
    WebElement canvas = browser.find("#canvas");
    var wheel = new Actions(browser.driver);
    for (int i = 0; i < 10; i++) {
      wheel.scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, i < 5 ? -120 : 120).pause(Duration.ofMillis(40));
    }
    wheel.perform();
    var mouse = stopRecordingFrames();
    browser.screenshot("22-five-hundred-nodes-after-zoom");

    var count = onCanvas().size();
    System.out.printf("[explore-scale] %d nodes and %d edges: restored from the address in %.0f ms; fCoSE layout %.0f ms; "
            + "scripted pan and zoom: median %.1f ms, p95 %.1f ms, longest %.1f ms a frame (%d frames); "
            + "mouse wheel: median %.1f ms, p95 %.1f ms, longest %.1f ms (%d frames)%n",
        count, edges, restoredInMs, layoutMs, percentile(scripted, 50), percentile(scripted, 95), percentile(scripted, 100),
        scripted.size(), percentile(mouse, 50), percentile(mouse, 95), percentile(mouse, 100), mouse.size());
    assertThat(count).isEqualTo(500);
  }

  // ---- the hub ------------------------------------------------------------------------------

  /** One prison, 2,000 people held there, and four claims of a roster asserting 500 detentions each. */
  private byte[] hub() {
    var people = new ArrayList<Map<String, Object>>();
    var detentions = new ArrayList<Map<String, Object>>();
    for (int i = 1; i <= HELD; i++) {
      people.add(Map.of("id", person(i), "name", "Prisoner %04d".formatted(i)));
      detentions.add(Map.of("id", "detention:test-scale-%04d".formatted(i), "person", person(i), "prison", HUB, "since", "2024-08"));
    }
    var claims = new ArrayList<Map<String, Object>>();
    for (int part = 0; part < 4; part++) {
      var asserted = detentions.subList(part * 500, (part + 1) * 500).stream().map(d -> (String) d.get("id")).toList();
      claims.add(Map.of("id", "claim:test-scale-roster-" + (part + 1),
          "statement", "The roster lists 500 people held in %s (part %d of 4).".formatted(HUB_NAME, part + 1),
          "claimant", HUB, "source", "source:test-scale-roster", "subjects", List.of(HUB), "asserts", asserted));
    }
    var dataset = new LinkedHashMap<String, Object>();
    dataset.put("format", "casegraph-dataset/1");
    dataset.put("sources", List.of(Map.of("id", "source:test-scale-roster", "title", "The roster of " + HUB_NAME,
        "publisher", "Test Wire", "publishedOn", "2024-11-17")));
    dataset.put("prisons", List.of(Map.of("id", HUB, "name", HUB_NAME, "region", "Miranda", "country", "VE")));
    dataset.put("people", people);
    dataset.put("detentions", detentions);
    dataset.put("claims", claims);
    made.add(HUB);
    made.add("source:test-scale-roster");
    people.forEach(p -> made.add((String) p.get("id")));
    detentions.forEach(d -> made.add((String) d.get("id")));
    claims.forEach(c -> made.add((String) c.get("id")));
    return JsonMapper.builder().build().writeValueAsBytes(dataset);
  }

  private static String person(int i) {
    return "person:test-scale-%04d".formatted(i);
  }

  // ---- measuring ----------------------------------------------------------------------------

  /** Starts writing the time between animation frames into the page, until stopped. */
  private void startRecordingFrames() {
    browser.js("""
        const gaps = window.__frames = [];
        window.__recording = true;
        let last;
        function step(t) {
          if (last !== undefined) gaps.push(t - last);
          last = t;
          if (window.__recording) requestAnimationFrame(step);
        }
        requestAnimationFrame(step);""");
  }

  @SuppressWarnings("unchecked")
  private List<Double> stopRecordingFrames() {
    var gaps = (List<Number>) browser.js("window.__recording = false; return window.__frames");
    return gaps.stream().map(Number::doubleValue).toList();
  }

  private static double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    var index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  // ---- what a user does (as in ExploreIT) ----------------------------------------------------

  private void signIn(TestTokens token) {
    browser.open("/explore#token=" + token.secret());
    browser.waitForText("#viewer", token.tokenName());
  }

  private void search(String text, String expected) {
    var input = browser.waitFor("#search-text");
    input.clear();
    input.sendKeys(text);
    browser.waitForText("#search-results li.active", expected);
    var settled = settled();
    browser.find("#search-text").sendKeys(Keys.ENTER);
    browser.waitUntil(d -> settled() > settled);
    idle();
  }

  private void idle() {
    browser.waitUntil(d -> "false".equals(browser.find("#canvas").getAttribute("aria-busy")));
    browser.waitUntilTrue("return !window.casegraph.cy.$(':animated').length");
  }

  private int settled() {
    var count = browser.find("#canvas").getDomAttribute("data-settled");
    return count == null ? 0 : Integer.parseInt(count);
  }

  @SuppressWarnings("unchecked")
  private List<String> onCanvas() {
    return (List<String>) browser.js("return window.casegraph.cy.nodes().map(n => n.id())");
  }

  private Actions atNode(String id) {
    browser.js("window.casegraph.cy.center(window.casegraph.cy.getElementById(arguments[0]))", id);
    @SuppressWarnings("unchecked")
    var point = (Map<String, Number>) browser.js("return window.casegraph.cy.getElementById(arguments[0]).renderedPosition()", id);
    WebElement canvas = browser.find("#canvas");
    var size = canvas.getSize();
    return new Actions(browser.driver).moveToElement(canvas, (int) Math.round(point.get("x").doubleValue() - size.getWidth() / 2.0),
        (int) Math.round(point.get("y").doubleValue() - size.getHeight() / 2.0));
  }
}
