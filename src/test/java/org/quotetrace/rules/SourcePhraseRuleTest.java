package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;

/** Source phrases on hand-built parses: no models. */
class SourcePhraseRuleTest {

  /**
   * A one-sentence parse of space-separated "word/POS" or "word/POS/lemma" items, no entity tags, with the given
   * dependencies (the lemma defaults to the lower-cased word): {@link HandParse} with the tags spelled out.
   */
  private static Doc doc(String tagged, List<Dependency> deps) {
    List<String> items = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      String[] f = item.split("/");
      items.add(f[0] + "/" + f[1] + "/O/" + (f.length > 2 ? f[2] : f[0].toLowerCase()));
    }
    return HandParse.doc(String.join(" ", items), deps);
  }


  @Test
  void phraseBetweenCommasInsideTheSentence_contentRunsOnAfterIt() {
    // Among the cases , according to Lee , are two appeals . : the parser hung the rest under the source.
    Doc d = doc("Among/IN the/DT cases/NNS/case ,/, according/VBG/accord to/IN Lee/NNP ,/, are/VBP/be two/CD"
        + " appeals/NNS/appeal ./.", List.of(
        new Dependency(2, 0, "case"), new Dependency(2, 1, "det"), new Dependency(2, 3, "punct"),
        new Dependency(6, 4, "case"), new Dependency(4, 5, "fixed"), new Dependency(2, 6, "obl"),
        new Dependency(6, 7, "punct"), new Dependency(6, 8, "dep"), new Dependency(10, 9, "nummod"),
        new Dependency(8, 10, "nsubj"), new Dependency(2, 11, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals("Among the cases , according to Lee , are two appeals",
        d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void phraseBetweenCommasBeforeAnApposition_contentStopsBeforeIt() {
    // Sales rose , according to Lee , a lawyer . : what follows the phrase describes the source.
    Doc d = doc("Sales/NNS/sale rose/VBD/rise ,/, according/VBG/accord to/IN Lee/NNP ,/, a/DT lawyer/NN ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(5, 3, "case"),
            new Dependency(3, 4, "fixed"), new Dependency(1, 5, "obl"), new Dependency(5, 6, "punct"),
            new Dependency(8, 7, "det"), new Dependency(5, 8, "appos"), new Dependency(1, 9, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals("Sales rose", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void inOnePoll_thePollIsTheSource() {
    // The mayor leads by nine points in the latest county poll .
    Doc d = doc("The/DT mayor/NN leads/VBZ/lead by/IN nine/CD points/NNS/point in/IN the/DT latest/JJS/late "
        + "county/NN poll/NN ./.", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "nummod"), new Dependency(2, 5, "obl"), new Dependency(10, 6, "case"),
        new Dependency(10, 7, "det"), new Dependency(10, 8, "amod"), new Dependency(10, 9, "compound"),
        new Dependency(2, 10, "obl"), new Dependency(2, 11, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals("source.in-poll", out.get(0).rule());
    assertEquals(10, out.get(0).source());
    assertEquals("The mayor leads by nine points",
        d.p.text().substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void standingInThePolls_isNoSource() {
    // The mayor rose in the polls .
    Doc d = doc("The/DT mayor/NN rose/VBD/rise in/IN the/DT polls/NNS/poll ./.", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "det"), new Dependency(2, 5, "obl"), new Dependency(2, 6, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(0, out.size());
  }

  @Test
  void accordingToClosingTheSentence_contentIsTheWholeSentenceBeforeIt() {
    // Turnout rose after the rally , according to state officials . -- the parser hung the phrase on "rally".
    Doc d = doc("Turnout/NN rose/VBD/rise after/IN the/DT rally/NN ,/, according/VBG to/IN state/NN "
        + "officials/NNS/official ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "case"), new Dependency(4, 3, "det"),
        new Dependency(1, 4, "obl"), new Dependency(4, 5, "punct"), new Dependency(9, 6, "case"),
        new Dependency(6, 7, "fixed"), new Dependency(9, 8, "compound"), new Dependency(4, 9, "nmod"),
        new Dependency(1, 10, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals(9, out.get(0).source());
    assertEquals("Turnout rose after the rally",
        d.p.text().substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void accordingToASpeechSomeoneGave_theSpeakerIsTheSource() {
    // Costs rose , according to a speech Clinton delivered .
    Doc d = doc("Costs/NNS/cost rose/VBD/rise ,/, according/VBG to/IN a/DT speech/NN Clinton/NNP "
        + "delivered/VBD/deliver ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(6, 3, "case"),
            new Dependency(3, 4, "fixed"), new Dependency(6, 5, "det"), new Dependency(1, 6, "obl"),
            new Dependency(8, 7, "nsubj"), new Dependency(6, 8, "acl:relcl"), new Dependency(1, 9, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals(7, out.get(0).source());
  }

  @Test
  void accordingToAudioProvidedBySomeone_theProviderIsTheSource() {
    // Costs rose , according to audio provided by WPR .
    Doc d = doc("Costs/NNS/cost rose/VBD/rise ,/, according/VBG to/IN audio/NN provided/VBN/provide by/IN WPR/NNP ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(5, 3, "case"),
            new Dependency(3, 4, "fixed"), new Dependency(1, 5, "obl"), new Dependency(5, 6, "acl"),
            new Dependency(8, 7, "case"), new Dependency(6, 8, "obl"), new Dependency(1, 9, "punct")));
    List<Candidate> out = new ArrayList<>();
    new SourcePhraseRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals(8, out.get(0).source());
  }
}
