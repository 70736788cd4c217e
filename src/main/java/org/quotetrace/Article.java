package org.quotetrace;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article: its text and what is known about it.
 *
 * <p>All offsets in a {@link Report} index into {@link #text()} exactly as given here. Use
 * {@link #fromPlainText} or {@link #read} to recognise a leading headline line and a byline such as
 * {@code By Darian Douraghy – The Postmillennial}; use {@link #of} to take the text as it is.
 *
 * @param id a name for the article in outputs (for a file, its name without {@code .txt})
 * @param text the full text, including any headline and byline lines
 * @param headline the headline, if known
 * @param author the author, if known
 * @param publisher the outlet that published the article, if known; it heads every outlet chain
 * @param url where the article was published, if known
 * @param date when it was published, if known
 */
public record Article(
    String id,
    String text,
    Optional<String> headline,
    Optional<String> author,
    Optional<String> publisher,
    Optional<String> url,
    Optional<LocalDate> date) {

  /** The id given to articles that were not named. */
  public static final String DEFAULT_ID = "article";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    checkArgument(!id.isBlank(), "article id must not be blank");
  }

  /** An article with this text and nothing else known; the text is not searched for a byline. */
  public static Article of(String text) {
    return new Article(DEFAULT_ID, text, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * An article read from plain text: a short first line followed by a blank line is the headline, and a
   * line such as {@code By NAME – OUTLET} near the top gives the author and the publisher.
   */
  public static Article fromPlainText(String id, String text) {
    Objects.requireNonNull(text, "text");
    FrontMatter front = FrontMatter.of(text);
    return new Article(id, text, front.headline(), front.author(), front.publisher(), Optional.empty(),
        Optional.empty());
  }

  /** Same as {@link #fromPlainText(String, String)} with the {@link #DEFAULT_ID}. */
  public static Article fromPlainText(String text) {
    return fromPlainText(DEFAULT_ID, text);
  }

  /** The largest file {@link #read} accepts: far more than any article, little enough to read at once. */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /**
   * Reads a UTF-8 plain-text article from a file; its id is the file name without {@code .txt}.
   *
   * @throws IOException if the file does not exist, is a directory, cannot be read, is larger than
   *     {@link #MAX_FILE_BYTES}, is not valid UTF-8, or looks binary; the message starts with the path
   */
  public static Article read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a directory, not a file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new IOException(String.format(Locale.ROOT, "%s: too large for an article (%d bytes; the limit is %d)",
            file, size, MAX_FILE_BYTES));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException(file + ": permission denied", e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
          || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
      throw new IOException(file + ": not valid UTF-8 text" + (utf16 ? " (it starts like UTF-16)" : ""), e);
    }
    if (text.indexOf('\0') >= 0) {
      throw new IOException(file + ": looks binary (contains NUL characters)");
    }
    long controls = text.chars()
        .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    if (controls > 8 && controls * 100 > text.length()) {
      throw new IOException(String.format(Locale.ROOT,
          "%s: looks binary (%d control characters in %d)", file, controls, text.length()));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      // A byte-order mark is not text; blanking it keeps every offset valid for the file as read.
      text = ' ' + text.substring(1);
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return fromPlainText(id.isBlank() ? DEFAULT_ID : id, text);
  }

  /** This article with another id. */
  public Article withId(String newId) {
    return new Article(newId, text, headline, author, publisher, url, date);
  }

  /** This article with its publisher set, for example from a feed's metadata. */
  public Article withPublisher(String newPublisher) {
    Optional<String> p = Optional.of(Objects.requireNonNull(newPublisher, "publisher"));
    return new Article(id, text, headline, author, p, url, date);
  }

  /** This article with its author set. */
  public Article withAuthor(String newAuthor) {
    Optional<String> a = Optional.of(Objects.requireNonNull(newAuthor, "author"));
    return new Article(id, text, headline, a, publisher, url, date);
  }

  /** This article with its URL set. */
  public Article withUrl(String newUrl) {
    return new Article(id, text, headline, author, publisher, Optional.of(Objects.requireNonNull(newUrl, "url")), date);
  }

  /** This article with its publication date set. */
  public Article withDate(LocalDate newDate) {
    Optional<LocalDate> d = Optional.of(Objects.requireNonNull(newDate, "date"));
    return new Article(id, text, headline, author, publisher, url, d);
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + text.length() + " chars"
        + headline.map(h -> ", " + Abbrev.quote(h, 50)).orElse("")
        + publisher.map(p -> ", " + p).orElse("") + "]";
  }
}
