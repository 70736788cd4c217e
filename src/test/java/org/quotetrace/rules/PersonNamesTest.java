package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/** Name completion on hand-built parses: no models needed. */
class PersonNamesTest {

  /** A one-sentence parse of space-separated words; words in {@code persons} are tagged PERSON. */
  private static Doc doc(String text, List<String> persons) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      String ner = persons.contains(w) ? "PERSON" : "O";
      tokens.add(new Token(tokens.size(), 0, pos, pos + w.length(), w, w.toLowerCase(), "NNP", ner));
      pos += w.length() + 1;
    }
    return new Doc(new ParsedText(text, tokens, List.of(new Sentence(0, 0, tokens.size())), List.of(), List.of()));
  }

  private static Speaker person(String name) {
    return new Speaker(name, SpeakerType.PERSON, Optional.empty(), Optional.empty());
  }

  @Test
  void complete_shortNameWithOneFullName_takesTheFullName() {
    PersonNames names = PersonNames.of(doc("Donald Trump met voters and Trump spoke", List.of("Donald", "Trump")));
    assertEquals("Donald Trump", names.complete(person("Trump")).name());
  }

  @Test
  void complete_shortNameSharedByTwoPeople_staysShort() {
    PersonNames names = PersonNames.of(doc("Hillary Clinton and Bill Clinton came and Clinton spoke",
        List.of("Hillary", "Bill", "Clinton")));
    assertEquals("Clinton", names.complete(person("Clinton")).name());
  }

  @Test
  void complete_notAPerson_isLeftAlone() {
    PersonNames names = PersonNames.of(doc("Donald Trump spoke", List.of("Donald", "Trump")));
    Speaker outlet = new Speaker("Trump", SpeakerType.OUTLET, Optional.empty(), Optional.empty());
    assertEquals(outlet, names.complete(outlet));
  }
}
