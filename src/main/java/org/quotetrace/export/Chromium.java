package org.quotetrace.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs headless Chromium once on a local file: to print the DOM after scripts ran, or to take a screenshot.
 *
 * <p>Each run gets a fresh profile directory, deleted afterwards, and flags that keep Chromium off the
 * network (no background updates, sync or QUIC), so a run depends only on the page.
 */
final class Chromium {
  private Chromium() {}

  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path DEFAULT = Path.of("/usr/bin/chromium");

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  /**
   * Returns the browser to use: {@code $QUOTETRACE_CHROMIUM} when set, else {@code /usr/bin/chromium} when
   * it exists.
   */
  static Optional<Path> find() {
    String env = System.getenv("QUOTETRACE_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    return Files.isExecutable(DEFAULT) ? Optional.of(DEFAULT) : Optional.empty();
  }

  /** Returns the URL of a local file, to which a fragment such as {@code #s3} may be added. */
  static String url(Path page) {
    return page.toAbsolutePath().toUri().toString();
  }

  /** Returns the command line that runs {@code browser} on {@code url} with the extra {@code flags}. */
  static List<String> command(Path browser, Path profile, String url, List<String> flags) {
    List<String> cmd = new ArrayList<>(List.of(browser.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(flags);
    cmd.add(url);
    return cmd;
  }

  /** Returns the DOM of the page at {@code url} as Chromium serialises it once the page has loaded. */
  static String dumpDom(Path browser, String url) throws IOException {
    return run(browser, url, List.of("--dump-dom"));
  }

  /** Saves a PNG screenshot of the page at {@code url}, {@code width} by {@code height} CSS pixels. */
  static void screenshot(Path browser, String url, Path png, int width, int height) throws IOException {
    Path target = png.toAbsolutePath();
    Files.deleteIfExists(target);
    run(browser, url, List.of("--screenshot=" + target, "--window-size=" + width + "," + height));
    if (!Files.isRegularFile(target) || Files.size(target) == 0) {
      throw new IOException("chromium did not write the screenshot " + target);
    }
  }

  private static String run(Path browser, String page, List<String> flags) throws IOException {
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(page, "page");
    Path profile = Files.createTempDirectory("quotetrace-chromium-");
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    try {
      // Chromium is chatty on stderr; a file keeps the pipe from filling up and is there for the error.
      Process p = new ProcessBuilder(command(browser, profile, page, flags))
          .redirectError(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
        try {
          return p.getInputStream().readAllBytes();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("chromium took longer than " + TIMEOUT.toSeconds() + " s on " + page);
      }
      String stdout = new String(out.join(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException("chromium exited with " + p.exitValue() + " on " + page + ":\n" + tail(log));
      }
      return stdout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running chromium", e);
    } finally {
      deleteTree(profile);
      Files.deleteIfExists(log);
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
