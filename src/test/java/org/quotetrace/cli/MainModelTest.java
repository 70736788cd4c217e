package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch through the command line: one line per file, in order, errors kept, exit status set. */
class MainModelTest {

  @Test
  void run_batchWithBadFile_writesOneLinePerFileInOrderAndExitsOne(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("b-good.txt"), "“Taxes will fall,” Governor Ann Lee said.");
    Path bad = Files.write(dir.resolve("a-bad.txt"), new byte[] {'x', (byte) 0xFF, 'y'});
    Path empty = Files.writeString(dir.resolve("c-empty.txt"), "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {good.toString(), bad.toString(), empty.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(1, status);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), lines::toString);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("b-good", first.get("id").asText());
    assertEquals("Ann Lee", first.get("statements").get(0).get("speaker").get("name").asText());
    JsonNode second = json.readTree(lines.get(1));
    assertEquals("a-bad", second.get("id").asText());
    assertTrue(second.get("error").asText().contains("not valid UTF-8"));
    JsonNode third = json.readTree(lines.get(2));
    assertEquals(0, third.get("statements").size());
    assertEquals(1, third.get("format_version").asInt());
  }
}
