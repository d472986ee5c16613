package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser harness itself: it measures and paints a known page as a browser must. */
class HeadlessChromiumTest {
  @TempDir Path folder;

  @Test
  void measuresAndPaintsAKnownSvg() throws Exception {
    Path chromium = ReportInBrowserTest.chromium();
    Path page = folder.resolve("page.html");
    Files.writeString(page, "<!DOCTYPE html><html><body style='margin:0'>"
        + "<svg id='box' width='120' height='40'><rect width='120' height='40' fill='rgb(255,0,0)'/></svg>"
        + "</body></html>");
    try (HeadlessChromium browser = HeadlessChromium.open(chromium, page, 400, 300)) {
      JsonNode box = browser.evaluate("(() => { const r = document.getElementById('box')"
          + ".getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; })()");
      assertEquals(0, box.get("x").asDouble());
      assertEquals(120, box.get("width").asDouble());
      assertEquals(40, box.get("height").asDouble());
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshot(0, 0, 120, 40)));
      assertEquals(120, shot.getWidth());
      assertEquals(0xffff0000, shot.getRGB(60, 20));
    }
  }
}
