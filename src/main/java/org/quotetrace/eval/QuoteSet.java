package org.quotetrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A quote-set gold file: JSON Lines, one article a line,
 * {@code {"id": "...", "text": "...", "quotes": [{"begin": 0, "end": 9, "speaker": "Canonical Name"}]}}, with
 * {@code begin} and {@code end} Java {@code String} indices into {@code text}, {@code end} exclusive.
 *
 * <p>A line that is not such an object is skipped with a warning, and so is a quote whose span does not lie
 * inside the text or which has no speaker.
 *
 * @param articles the articles, in file order
 * @param warnings what was skipped, for a person to read
 */
record QuoteSet(List<Item> articles, List<String> warnings) {

  /** One article with its gold quotes. */
  record Item(String id, String text, List<Quote> quotes) {
    Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      quotes = List.copyOf(quotes);
    }
  }

  /** One gold quote: where it is and who said it. */
  record Quote(int begin, int end, String speaker) {
    Quote {
      Objects.requireNonNull(speaker, "speaker");
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("quote span [" + begin + ", " + end + ") must be non-empty");
      }
    }

    Ranges ranges() {
      return Ranges.of(begin, end);
    }
  }


  QuoteSet {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }

  /** Reads a quote set from {@code in}; {@code name} names the source in warnings. */
  static QuoteSet read(Reader in, String name) throws IOException {
    List<Item> items = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonLines.read(in, name, warnings, (where, node) -> {
      if (node == null || !node.path("id").isTextual() || !node.path("text").isTextual()
          || !node.path("quotes").isArray()) {
        warnings.add(where + ": needs \"id\", \"text\" and \"quotes\", skipped");
        return;
      }
      String id = node.get("id").asText();
      if (id.isBlank() || !ids.add(id)) {
        warnings.add(where + ": id \"" + id + "\" is blank or repeats an earlier line, skipped");
        return;
      }
      String text = node.get("text").asText();
      List<Quote> quotes = new ArrayList<>();
      int i = 0;
      for (JsonNode q : node.get("quotes")) {
        i++;
        int begin = q.path("begin").asInt(-1);
        int end = q.path("end").asInt(-1);
        String speaker = q.path("speaker").asText("");
        if (!q.path("begin").isIntegralNumber() || !q.path("end").isIntegralNumber() || begin < 0
            || end <= begin || end > text.length() || speaker.isBlank()) {
          warnings.add(where + ": quote " + i + " needs a span inside the text and a speaker, skipped");
          continue;
        }
        quotes.add(new Quote(begin, end, speaker));
      }
      items.add(new Item(id, text, quotes));
    });
    return new QuoteSet(items, warnings);
  }
}
