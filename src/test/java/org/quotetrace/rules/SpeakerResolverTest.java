package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.chain.OutletDirectory;
import org.quotetrace.chain.OutletRegistry;
import org.quotetrace.parse.Dependency;

/** Naming speakers and marking their mentions on hand-built parses: no models. */
class SpeakerResolverTest {

  private static Speaker resolve(Doc d, int head) {
    OutletDirectory directory = OutletDirectory.english();
    return new SpeakerResolver(d, directory, new OutletRegistry(directory), t -> { }).resolve(head);
  }

  @Test
  void resolve_descriptionWithNameInApposition_mentionTakesBothAndTheNameIsTheSpeaker() {
    // One of the men , Jessie Elkins , said he served
    Doc d = HandParse.doc("One/CD of/IN the/DT men/NNS ,/, Jessie/NNP Elkins/NNP ,/, said/VBD he/PRP served/VBD",
        List.of(new Dependency(8, 0, "nsubj"), new Dependency(3, 1, "case"), new Dependency(3, 2, "det"),
            new Dependency(0, 3, "nmod"), new Dependency(0, 4, "punct"), new Dependency(6, 5, "compound"),
            new Dependency(0, 6, "appos"), new Dependency(0, 7, "punct"), new Dependency(8, 10, "ccomp"),
            new Dependency(10, 9, "nsubj")));
    Speaker s = resolve(d, 0);
    assertEquals("One of the men , Jessie Elkins", s.mention().orElseThrow().text());
    assertEquals("Jessie Elkins", s.name());
    assertEquals(SpeakerType.PERSON, s.type());
  }

  @Test
  void resolve_nameWithoutApposition_mentionIsTheName() {
    Doc d = HandParse.doc("Maria/NNP Lopez/NNP said/VBD it/PRP", List.of(new Dependency(1, 0, "compound"),
        new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "obj")));
    assertEquals("Maria Lopez", resolve(d, 1).mention().orElseThrow().text());
  }

  @Test
  void resolve_labelWhoseLineTheParserMadeItsApposition_mentionIsTheLabel() {
    // PENCE : She will not attend
    Doc d = HandParse.doc("PENCE/NNP :/: She/PRP will/MD not/RB attend/VB", List.of(new Dependency(0, 1, "punct"),
        new Dependency(0, 5, "appos"), new Dependency(5, 2, "nsubj"), new Dependency(5, 3, "aux"),
        new Dependency(5, 4, "advmod")));
    assertEquals("PENCE", resolve(d, 0).mention().orElseThrow().text());
  }
}
