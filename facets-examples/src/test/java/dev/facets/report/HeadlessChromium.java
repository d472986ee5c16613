package dev.facets.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, opened on one local page and driven through the DevTools protocol, so
 * a test can ask the browser what it laid out (sizes of elements) and what it painted (screenshots of
 * a region).
 *
 * <p>Why DevTools: {@code --dump-dom} returns the DOM but no layout, and {@code --screenshot} gives
 * pixels without telling where each chart is. Chromium is started with {@code
 * --remote-debugging-port=0} (it picks a free loopback port and prints it), and the JDK's own HTTP
 * and WebSocket clients talk to it: no extra library, no script inside the page under test. The
 * browser runs with a new temporary profile, no network services, and is killed (with its child
 * processes) on {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The Chromium executable: {@code $CHROMIUM}, else Debian's {@code /usr/bin/chromium}, if present. */
  static Optional<Path> executable() {
    String configured = System.getenv("CHROMIUM");
    Path path = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /** Starts Chromium on a local file, a window of the given size, and waits until the page loaded. */
  static HeadlessChromium open(Path executable, Path page, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("facets-chromium-");
    ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
        "--window-size=" + width + "," + height, page.toUri().toString());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    try {
      URI browser = waitForDevTools(process);
      URI pageSocket = pageSocket(browser, page);
      Listener listener = new Listener();
      WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
          .buildAsync(pageSocket, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
      listener.chromium = chromium;
      chromium.awaitLoaded(page.toUri().toString());
      return chromium;
    } catch (Exception | Error e) {
      destroy(process);
      deleteTree(profile);
      throw e;
    }
  }

  /** Reads Chromium's standard error until it names the DevTools endpoint, then keeps draining it. */
  private static URI waitForDevTools(Process process) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (err.readLine() != null) {
              // Chromium's log (dbus warnings and the like) is not the test's business.
            }
          } catch (IOException ignored) {
            // The browser was closed.
          }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        return URI.create(matcher.group(1));
      }
      seen.append(line).append('\n');
    }
    throw new IOException("Chromium did not start its DevTools endpoint; its output was:\n" + seen);
  }

  /** The DevTools WebSocket of the tab showing the page. */
  private static URI pageSocket(URI browser, Path page) throws Exception {
    URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String body = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : JSON.readTree(body)) {
        if ("page".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium opened no tab for " + page);
  }

  /**
   * Waits until the tab shows the page and has loaded it. The tab may still be on about:blank when
   * first found, and a navigation destroys the context an evaluation runs in, so this polls.
   */
  private void awaitLoaded(String url) throws Exception {
    String loaded = "location.href === " + JSON.writeValueAsString(url) + " && document.readyState === 'complete'";
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (evaluate(loaded).asBoolean()) {
          return;
        }
      } catch (IllegalStateException navigating) {
        // The context went away under the evaluation: the page is loading; ask again.
      }
      Thread.sleep(50);
    }
    throw new IOException("Chromium did not load " + url + " within " + TIMEOUT.toSeconds() + " s");
  }

  /**
   * Evaluates a JavaScript expression in the page (awaiting it if it is a promise) and returns its
   * value as JSON.
   */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode();
    params.put("expression", expression);
    params.put("returnByValue", true);
    params.put("awaitPromise", true);
    JsonNode result = call("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG screenshot of a region of the page, in CSS pixels from the page's top left. */
  byte[] screenshot(double x, double y, double width, double height) throws Exception {
    ObjectNode params = JSON.createObjectNode();
    params.put("format", "png");
    params.put("captureBeyondViewport", true);
    ObjectNode clip = params.putObject("clip");
    clip.put("x", x);
    clip.put("y", y);
    clip.put("width", width);
    clip.put("height", height);
    clip.put("scale", 1);
    return Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void receive(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
      }
    } catch (IOException e) {
      // Every reply is JSON; if one is not, no waiting call can be answered reliably any more.
      pending.values().forEach(reply -> reply.completeExceptionally(e));
    }
  }

  @Override
  public void close() {
    socket.abort();
    destroy(process);
    deleteTree(profile);
  }

  private static void destroy(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects the fragments of each DevTools message and hands whole messages on. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();
    volatile HeadlessChromium chromium;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String whole = message.toString();
        message.setLength(0);
        if (chromium != null) {
          chromium.receive(whole);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
