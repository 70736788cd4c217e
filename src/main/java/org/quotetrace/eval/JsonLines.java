package org.quotetrace.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Reads JSON Lines leniently: blank lines are skipped, a line that is not JSON becomes a warning. */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** What to do with one parsed line; {@code where} names it ({@code file.jsonl:12}) for warnings. */
  interface LineHandler {
    void accept(String where, JsonNode node);
  }

  /** Hands every JSON line of {@code in} to {@code handler}; {@code name} names the source in warnings. */
  static void read(Reader in, String name, List<String> warnings, LineHandler handler) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + lineNo;
      try {
        handler.accept(where, JSON.readTree(line));
      } catch (JsonProcessingException e) {
        warnings.add(where + ": not JSON, skipped (" + e.getOriginalMessage() + ")");
      }
    }
  }
}
