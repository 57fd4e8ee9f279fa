package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casegraph.explore.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphiQL at /graphiql in a real browser (headless Chromium), used as a person exploring the API uses it: a token in
 * the Headers tab, a subscription run, and the claims recorded meanwhile arriving in the result pane over graphql-ws.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiqlBrowserIT extends ApiIT {

  private static final String SUBSCRIPTION = "subscription { claimRecorded { id statement feedCursor } }";
  private static final Path SCREENSHOTS = Path.of("target", "graphiql-screenshots");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The page's WebSockets are not in the performance log's requests: the page itself lists the addresses it opens. */
  private static final String RECORD_SOCKETS = """
      window.__sockets = [];
      const Native = window.WebSocket;
      window.WebSocket = function (url, protocols) { window.__sockets.push(String(url)); return new Native(url, protocols); };
      window.WebSocket.prototype = Native.prototype;
      Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });""";


  private Browser browser;
  private String origin;
  private final List<String> recorded = new ArrayList<>();

  @BeforeAll
  void openTheBrowser() {
    origin = "http://localhost:" + port;
    if (Browser.installed()) {
      browser = new Browser(origin);
      browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_SOCKETS));
    }
  }

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
  void shouldHaveAskedNothingOfAnyoneButTheServiceAndForgetTheClaims() {
    forget(recorded.toArray(String[]::new));
    if (browser == null) {
      return;
    }
    var own = "^(" + Pattern.quote(origin) + "/|data:|blob:|about:blank).*";
    assertThat(browser.requests()).as("every request the page made").isNotEmpty().allSatisfy(url -> assertThat(url).matches(own));
    @SuppressWarnings("unchecked")
    var sockets = (List<String>) browser.js("return window.__sockets");
    assertThat(sockets).as("every WebSocket the page opened").isNotEmpty().allSatisfy(url -> assertThat(url).isEqualTo("ws://localhost:" + port + "/graphql"));
    assertThat(browser.consoleErrors()).as("errors in the page's console").noneMatch(m -> m.contains("Uncaught"));
  }

  @Test
  void shouldShowEachClaimRecordedWhileASubscriptionRunsWithTheTokenFromTheHeadersTab() throws Exception {
    subscribeWith(TestTokens.EDITOR.bearer());
    // Until the subscription is in place, recorded claims pass it by; keep recording until one arrives.
    for (int attempt = 0; attempt < 40 && !result().contains("claim:graphiql-"); attempt++) {
      record("claim:graphiql-" + attempt, "Recorded while GraphiQL watched, number " + attempt + ".");
      Thread.sleep(500);
    }
    browser.waitUntilTrue("return document.querySelector('.graphiql-response').innerText.includes('claim:graphiql-')");
    var shown = JSON.readTree(result()).path("data").path("claimRecorded");
    var id = shown.path("id").asString("");
    assertThat(recorded).contains(id);
    assertThat(shown.path("statement").asString("")).isEqualTo("Recorded while GraphiQL watched, number " + id.substring("claim:graphiql-".length()) + ".");
    assertThat(shown.path("feedCursor").asString("")).isNotBlank();
    screenshot("subscription");
  }

  @Test
  void shouldSayPlainlyThatAWrongTokenWasRefused() {
    subscribeWith("Bearer cg_not-a-token-anyone-was-given-0123456789");
    browser.waitUntilTrue("return document.querySelector('.graphiql-response').innerText.includes('error')");
    var errors = JSON.readTree(result()).path("errors");
    assertThat(errors.path(0).path("message").asString("")).contains("token in the Headers tab", "Bearer <your token>");
    screenshot("wrong-token");
  }

  private void subscribeWith(String authorization) {
    browser.open("/graphiql");
    browser.waitUntilTrue("return !!document.querySelector('.graphiql-query-editor .CodeMirror')");
    browser.js("[...document.querySelectorAll('.graphiql-editor-tools-tabs button')].find(b => b.innerText.trim() === 'Headers').click()");
    browser.waitUntilTrue("return [...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')].some(e => !e.classList.contains('hidden'))");
    browser.js("[...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')].find(e => !e.classList.contains('hidden'))"
        + ".querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", JSON.writeValueAsString(Map.of("Authorization", authorization)));
    browser.js("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])", SUBSCRIPTION);
    browser.driver.findElement(By.cssSelector(".graphiql-execute-button")).click();
  }

  private String result() {
    return (String) browser.js("return document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()");
  }

  private void record(String id, String statement) {
    recorded.add(id);
    as(TestTokens.EDITOR).document("""
            mutation($id: ID!, $statement: String!) { recordClaim(input: {id: $id, statement: $statement, claimant: "org:foro-penal",
              source: "source:article-venezuela-post-election-releases", subjects: ["person:alfredo-romero"]}) { id } }""")
        .variable("id", id).variable("statement", statement).execute().errors().verify();
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
