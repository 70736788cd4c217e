package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the attributor decides beyond the rules, on hand-built parses: no models. */
class AttributorTest {

  @Test
  void speakerAfterQuote_phraseAndAVerbTheLexiconLacks_isTheQuotationsOwnSpeaker() {
    // “ We won . ” Bozell answers .
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' Bozell/NNP answers/VBZ ./.", List.of());
    assertEquals(5, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }

  @Test
  void speakerAfterQuote_descriptionOfSeveralWords_itsLastNoun() {
    // “ We won . ” the two lawmakers write .
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' the/DT two/CD lawmakers/NNS write/VBP ./.", List.of());
    assertEquals(7, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }

  @Test
  void speakerAfterQuote_theNextSentencesSubject_none() {
    // “ We won . ” | The count was close . (two sentences)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' The/DT count/NN was/VBD close/JJ ./.", List.of(), 5);
    assertEquals(-1, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }
}
