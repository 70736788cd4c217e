package org.quotetrace.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Takes a PNG screenshot of an HTML page with headless Chromium, as used for {@code docs/seed-report.png}.
 *
 * <p>Run {@code java -cp target/classes org.quotetrace.export.Screenshot page.html page.png [WIDTHxHEIGHT]};
 * the size defaults to 1200×1600 CSS pixels. The browser is {@code $QUOTETRACE_CHROMIUM} or
 * {@code /usr/bin/chromium} (Debian package {@code chromium}).
 */
public final class Screenshot {
  private Screenshot() {}

  /** Default viewport width in CSS pixels. */
  public static final int WIDTH = 1200;

  /** Default viewport height in CSS pixels. */
  public static final int HEIGHT = 1600;

  /** Saves a {@code width} × {@code height} screenshot of {@code html} as {@code png} and returns {@code png}. */
  public static Path take(Path html, Path png, int width, int height) throws IOException {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(png, "png");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("screenshot size (" + width + "x" + height + ") must be positive");
    }
    if (!Files.isRegularFile(html)) {
      throw new IOException(html + ": no such file");
    }
    Path browser = Chromium.find().orElseThrow(() -> new IOException(
        "no browser: install Chromium (apt-get install chromium) or set QUOTETRACE_CHROMIUM"));
    Chromium.screenshot(browser, Chromium.url(html), png, width, height);
    return png;
  }

  /** Command line: input HTML path, output PNG path, and optionally a size such as {@code 1200x1600}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: Screenshot PAGE.html OUT.png [WIDTHxHEIGHT]");
      System.exit(2);
    }
    int width = WIDTH;
    int height = HEIGHT;
    if (args.length == 3) {
      String[] size = args[2].split("[xX×]");
      if (size.length != 2) {
        System.err.println("size must look like 1200x1600, not " + args[2]);
        System.exit(2);
      }
      width = Integer.parseInt(size[0].strip());
      height = Integer.parseInt(size[1].strip());
    }
    Path out = take(Path.of(args[0]), Path.of(args[1]), width, height);
    System.out.println(out);
  }
}
