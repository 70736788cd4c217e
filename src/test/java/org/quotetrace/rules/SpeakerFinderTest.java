package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;

/** Who speaks for a cue verb, on hand-built parses: no models. */
class SpeakerFinderTest {

  @Test
  void subjectOf_phraseBetweenQuoteAndVerbHungElsewhere_isTheSpeaker() {
    // “ Ours . ” aide Dana Ortiz said : the parser made "Ortiz" an apposition of the quoted word.
    Doc d = HandParse.doc("“/`` Ours/PRP ./. ”/'' aide/NN Dana/NNP Ortiz/NNP said/VBD", List.of(
        new Dependency(1, 6, "appos"), new Dependency(6, 4, "compound"), new Dependency(6, 5, "compound"),
        new Dependency(1, 7, "conj"), new Dependency(1, 0, "punct"), new Dependency(1, 2, "punct"),
        new Dependency(1, 3, "punct")));
    assertEquals(6, SpeakerFinder.subjectOf(d, 7));
  }

  @Test
  void subjectOf_nameAfterSaidMadeSubjectOfALaterParticiple_isTheSpeaker() {
    // “ We won . ” said Mark Kirk , becoming ... : the parser made "Kirk" the subject of "becoming".
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' said/VBD Mark/NNP Kirk/NNP ,/, becoming/VBG first/JJ",
        List.of(
        new Dependency(5, 2, "ccomp"), new Dependency(2, 1, "nsubj"), new Dependency(7, 6, "compound"),
        new Dependency(9, 7, "nsubj"), new Dependency(5, 9, "dep"), new Dependency(9, 10, "xcomp")));
    assertEquals(7, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_infinitiveParsedAsClause_takesTheSubjectAbove() {
    // Trump has yet to endorse Ryan : "endorse" parsed as a clausal complement of "has".
    Doc d = HandParse.doc("Trump/NNP has/VBZ yet/RB to/TO endorse/VB Ryan/NNP", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 4, "ccomp"), new Dependency(4, 2, "advmod"), new Dependency(4, 3, "mark"),
        new Dependency(4, 5, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_datelineAlsoParsedAsSubject_theSubjectNearestTheVerb() {
    // WASHINGTON — Months later , Trump said he won : the parser gave "said" two subjects.
    Doc d = HandParse.doc("WASHINGTON/NNP/LOCATION —/: Months/NNS later/RB ,/, Trump/NNP said/VBD he/PRP won/VBD",
        List.of(new Dependency(6, 0, "nsubj"), new Dependency(0, 1, "punct"), new Dependency(6, 2, "obl:npmod"),
            new Dependency(2, 3, "advmod"), new Dependency(6, 4, "punct"), new Dependency(6, 5, "nsubj"),
            new Dependency(6, 8, "ccomp"), new Dependency(8, 7, "nsubj")));
    assertEquals(5, SpeakerFinder.subjectOf(d, 6));
  }

  @Test
  void subjectOf_speakerParsedAsAppositionRightBeforeTheVerb_isTheSpeaker() {
    // The plan , an aide said , is bold : "aide" hung on "plan" as its apposition.
    Doc d = HandParse.doc("The/DT plan/NN ,/, an/DT aide/NN said/VBD ,/, is/VBZ bold/JJ", List.of(
        new Dependency(1, 0, "det"), new Dependency(5, 1, "nsubj"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "det"), new Dependency(1, 4, "appos"), new Dependency(8, 5, "parataxis"),
        new Dependency(8, 7, "cop")));
    assertEquals(4, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_appositionSetOffByCommas_staysWithTheName() {
    // Maria Lopez , the governor , said it : the name heads the subject.
    Doc d = HandParse.doc("Maria/NNP Lopez/NNP ,/, the/DT governor/NN ,/, said/VBD it/PRP", List.of(
        new Dependency(1, 0, "compound"), new Dependency(6, 1, "nsubj"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "det"), new Dependency(1, 4, "appos"), new Dependency(1, 5, "punct"),
        new Dependency(6, 7, "obj")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 6));
  }

  @Test
  void subjectOf_infinitiveAfterACausativeWithPeopleAsObject_theObjectIsTheSpeaker() {
    // The ruling prompted lawmakers to demand changes
    Doc d = HandParse.doc("The/DT ruling/NN prompted/VBD/O/prompt lawmakers/NNS to/TO demand/VB changes/NNS", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "obj"),
        new Dependency(5, 4, "mark"), new Dependency(2, 5, "xcomp"), new Dependency(5, 6, "obj")));
    assertEquals(3, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_infinitiveAfterAVerbOfAsking_theSubjectIsTheSpeaker() {
    // Sanders urged voters to reject the deal : what voters are to do is what Sanders says.
    Doc d = HandParse.doc("Sanders/NNP urged/VBD/O/urge voters/NNS to/TO reject/VB the/DT deal/NN", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "mark"),
        new Dependency(1, 4, "xcomp"), new Dependency(6, 5, "det"), new Dependency(4, 6, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_causativeWithAThingAsObject_theSubjectIsTheSpeaker() {
    // Clinton got the bill to pass : "bill" names no one who could say anything.
    Doc d = HandParse.doc("Clinton/NNP got/VBD/O/get the/DT bill/NN to/TO pass/VB", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(5, 4, "mark"), new Dependency(1, 5, "xcomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_infinitiveAfterAPassive_thePassiveSubjectIsTheSpeaker() {
    // Eric Trump was pressed to explain it
    Doc d = HandParse.doc("Eric/NNP Trump/NNP was/VBD pressed/VBN/O/press to/TO explain/VB it/PRP", List.of(
        new Dependency(1, 0, "compound"), new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(5, 4, "mark"), new Dependency(3, 5, "xcomp"), new Dependency(5, 6, "obj")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 5));
    assertEquals(-1, SpeakerFinder.subjectOf(d, 3)); // "was pressed" itself names no source
  }

  @Test
  void subjectOf_participleAfterACommaWithANameAsObject_theNameIsWhomItWasSaidTo() {
    // Trump returned the favor , telling Reuters that he won : Reuters was told, Trump told it.
    Doc d = HandParse.doc("Trump/NNP returned/VBD the/DT favor/NN ,/, telling/VBG Reuters/NNP/ORGANIZATION that/IN "
        + "he/PRP won/VBD", List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"),
        new Dependency(1, 3, "obj"), new Dependency(1, 4, "punct"), new Dependency(1, 5, "dep"),
        new Dependency(5, 6, "obj"), new Dependency(9, 7, "mark"), new Dependency(9, 8, "nsubj"),
        new Dependency(5, 9, "ccomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_contractedHasParsedAsPassive_theSubjectIsTheSpeaker() {
    // he 's said the same thing : "'s" is "has", though the parser made it a passive auxiliary.
    Doc d = HandParse.doc("he/PRP 's/VBZ said/VBN/O/say the/DT same/JJ thing/NN", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(5, 3, "det"),
        new Dependency(5, 4, "amod"), new Dependency(2, 5, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 2));
  }

  @Test
  void subjectOf_itIsSaid_remainsAPassiveWithoutSource() {
    // it 's said that he won
    Doc d = HandParse.doc("it/PRP 's/VBZ said/VBN/O/say that/IN he/PRP won/VBD", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(5, 3, "mark"),
        new Dependency(5, 4, "nsubj"), new Dependency(2, 5, "ccomp")));
    assertEquals(-1, SpeakerFinder.subjectOf(d, 2));
  }

  @Test
  void subjectOf_passiveOfAStateOfMind_itsSubjectHoldsIt() {
    // Some backers are concerned that he lost ; but : Some backers were told that he lost (no source)
    Doc d = HandParse.doc("Some/DT backers/NNS are/VBP concerned/VBN/O/concern that/IN he/PRP lost/VBD", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(6, 4, "mark"), new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 3));
    Doc told = HandParse.doc("Some/DT backers/NNS were/VBD told/VBN/O/tell that/IN he/PRP lost/VBD", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(6, 4, "mark"), new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "ccomp")));
    assertEquals(-1, SpeakerFinder.subjectOf(told, 3));
  }

  @Test
  void subjectOf_passiveOfAFeelingWithBy_theSubjectHoldsItNotTheCause() {
    // Advocates were outraged by the raids
    Doc d = HandParse.doc("Advocates/NNS were/VBD outraged/VBN/O/outrage by/IN the/DT raids/NNS", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "det"), new Dependency(2, 5, "obl")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 2));
  }

  @Test
  void subjectOf_presentParticipleAfterContractedHasBeen_isNeverPassive() {
    // He ’s been pushing for it : the parser took "’s" for a passive auxiliary.
    Doc d = HandParse.doc("He/PRP ’s/POS been/VBN pushing/VBG for/IN it/PRP", List.of(
        new Dependency(3, 0, "nsubj:pass"), new Dependency(3, 1, "aux:pass"), new Dependency(3, 2, "aux"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "obl")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_nameParsedAsAnAsPhrase_isTheSpeaker() {
    // as Joel Pollak observed , the victor was absent
    Doc d = HandParse.doc("as/IN Joel/NNP Pollak/NNP observed/VBD ,/, the/DT victor/NN was/VBD absent/JJ", List.of(
        new Dependency(2, 0, "case"), new Dependency(2, 1, "compound"), new Dependency(3, 2, "obl"),
        new Dependency(3, 4, "punct"), new Dependency(6, 5, "det"), new Dependency(8, 6, "nsubj"),
        new Dependency(8, 7, "cop"), new Dependency(3, 8, "ccomp")));
    assertEquals(2, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_nounParsedAsTheSubjectOfAParticipleThatIsTheClausalSubject_isTheSpeaker() {
    // A report released in May noted that prices rose
    Doc d = HandParse.doc("A/DT report/NN released/VBN in/IN May/NNP/DATE noted/VBD that/IN prices/NNS rose/VBD",
        List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(5, 2, "csubj"),
            new Dependency(4, 3, "case"), new Dependency(2, 4, "obl"), new Dependency(8, 6, "mark"),
            new Dependency(8, 7, "nsubj"), new Dependency(5, 8, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_participleMadeTheHeadOfTheSaidClauseBeforeIt_takesItsSubject() {
    // Kiedis said , mentioning the album : the parser made "said" a parataxis of "mentioning".
    Doc d = HandParse.doc("Kiedis/NNP said/VBD ,/, mentioning/VBG the/DT album/NN", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 1, "parataxis"), new Dependency(1, 2, "punct"),
        new Dependency(5, 4, "det"), new Dependency(3, 5, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_infinitiveParsedAsAPhrase_takesTheSubjectAbove() {
    // She went on to explain that it failed : "explain" hung on "went" as an oblique.
    Doc d = HandParse.doc("She/PRP went/VBD on/IN to/TO explain/VB that/IN it/PRP failed/VBD", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "case"), new Dependency(4, 3, "mark"),
        new Dependency(1, 4, "obl"), new Dependency(7, 5, "mark"), new Dependency(7, 6, "nsubj"),
        new Dependency(4, 7, "ccomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_descriptionAfterTheVerbClosingTheSentence_isTheSpeaker() {
    // Prices will rise , said several observers .
    Doc d = HandParse.doc("Prices/NNS will/MD rise/VB ,/, said/VBD several/JJ observers/NNS ./.", List.of(
        new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"), new Dependency(4, 2, "ccomp"),
        new Dependency(4, 3, "punct"), new Dependency(6, 5, "amod"), new Dependency(4, 6, "obj"),
        new Dependency(4, 7, "punct")));
    assertEquals(6, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_objectAfterACommaThatIsWhatWasSaid_isNoSpeaker() {
    // Wilkin , a teacher , voiced the frustration of voters : the parser lost the subject; the object is no speaker.
    Doc d = HandParse.doc(",/, voiced/VBD the/DT frustration/NN of/IN voters/NNS ./.", List.of(
        new Dependency(1, 0, "punct"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod"), new Dependency(1, 6, "punct")));
    assertEquals(-1, SpeakerFinder.subjectOf(d, 1));
  }

  @Test
  void subjectOf_verbJoinedToTheClauseItsNeighbourReports_isTheReportersToo() {
    // Acosta admitted that she erred and called it a mistake : "called" was joined to "erred".
    Doc d = HandParse.doc("Acosta/NNP admitted/VBD that/IN she/PRP erred/VBD and/CC called/VBD it/PRP a/DT mistake/NN",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "mark"), new Dependency(4, 3, "nsubj"),
            new Dependency(1, 4, "ccomp"), new Dependency(6, 5, "cc"), new Dependency(4, 6, "conj"),
            new Dependency(6, 7, "obj"), new Dependency(9, 8, "det"), new Dependency(6, 9, "xcomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 6));
  }

  @Test
  void subjectOf_verbJoinedToARelativeClauseACommaCloses_isTheMainClauses() {
    // Lee backed the network , which fired him , and said no : "said" joined to "fired".
    Doc d = HandParse.doc("Lee/NNP backed/VBD the/DT network/NN ,/, which/WDT fired/VBD him/PRP ,/, and/CC said/VBD "
        + "no/UH", List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "acl:relcl"), new Dependency(6, 7, "obj"),
        new Dependency(10, 9, "cc"), new Dependency(6, 10, "conj"), new Dependency(10, 11, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 10));
    // Without the comma the verb may be the relative clause's own: the network , which fired him and said no
    Doc tight = HandParse.doc("Lee/NNP backed/VBD the/DT network/NN ,/, which/WDT fired/VBD him/PRP and/CC said/VBD "
        + "no/UH", List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "acl:relcl"), new Dependency(6, 7, "obj"),
        new Dependency(9, 8, "cc"), new Dependency(6, 9, "conj"), new Dependency(9, 10, "obj")));
    assertEquals(5, SpeakerFinder.subjectOf(tight, 9));
  }

  @Test
  void subjectOf_verbHungLooselyPastARelativeClauseCommasSetOff_isTheAntecedents() {
    // Ana Ruiz , who ran in 2014 , also noted that she won : "noted" hung on "ran", the name made the root.
    String words = "Ana/NNP Ruiz/NNP ,/, who/WP ran/VBD in/IN 2014/CD ,/, also/RB noted/VBD that/IN she/PRP won/VBD";
    Doc d = HandParse.doc(words, List.of(new Dependency(1, 0, "compound"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "acl:relcl"), new Dependency(6, 5, "case"),
        new Dependency(4, 6, "obl"), new Dependency(4, 7, "punct"), new Dependency(9, 8, "advmod"),
        new Dependency(4, 9, "dep"), new Dependency(12, 10, "mark"), new Dependency(12, 11, "nsubj"),
        new Dependency(9, 12, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 9));
    // The same with the relative clause hung loosely and the verb joined to it without "and".
    Doc conj = HandParse.doc(words, List.of(new Dependency(1, 0, "compound"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"), new Dependency(6, 5, "case"),
        new Dependency(4, 6, "obl"), new Dependency(4, 7, "punct"), new Dependency(9, 8, "advmod"),
        new Dependency(4, 9, "conj"), new Dependency(12, 10, "mark"), new Dependency(12, 11, "nsubj"),
        new Dependency(9, 12, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(conj, 9));
    // Without the comma that closes the clause the verb may be the clause's own: who ran in 2014 also noted
    Doc open = HandParse.doc("Ana/NNP Ruiz/NNP ,/, who/WP ran/VBD in/IN 2014/CD also/RB noted/VBD that/IN she/PRP "
        + "won/VBD", List.of(new Dependency(1, 0, "compound"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "acl:relcl"), new Dependency(6, 5, "case"),
        new Dependency(4, 6, "obl"), new Dependency(8, 7, "advmod"), new Dependency(4, 8, "dep"),
        new Dependency(11, 9, "mark"), new Dependency(11, 10, "nsubj"), new Dependency(8, 11, "ccomp")));
    assertEquals(3, SpeakerFinder.subjectOf(open, 8));
  }

  @Test
  void subjectOf_subjectTakenForTheObjectOfASubordinator_isTheSpeaker() {
    // Prices are high , as Ana Ruiz has noted : "as" taken for a preposition, "Ruiz" for an oblique of "high".
    List<Dependency> deps = List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "cop"),
        new Dependency(2, 3, "punct"), new Dependency(6, 4, "case"), new Dependency(6, 5, "compound"),
        new Dependency(2, 6, "obl"), new Dependency(8, 7, "aux"), new Dependency(2, 8, "dep"));
    Doc d = HandParse.doc("Prices/NNS are/VBP high/JJ ,/, as/IN Ana/NNP Ruiz/NNP has/VBZ noted/VBN/O/note", deps);
    assertEquals(6, SpeakerFinder.subjectOf(d, 8));
    // A true preposition keeps its object: Prices are high for Ana Ruiz has noted (a garbled sentence)
    Doc prep = HandParse.doc("Prices/NNS are/VBP high/JJ ,/, for/IN Ana/NNP Ruiz/NNP has/VBZ noted/VBN/O/note", deps);
    assertNotEquals(6, SpeakerFinder.subjectOf(prep, 8));
  }

  @Test
  void subjectOf_saidInParenthesesBeforeAName_theNameNotThePhraseBefore() {
    // The paradox , says Ana Ruiz , is clear : the parser made "paradox" the subject of "says".
    Doc d = HandParse.doc("The/DT paradox/NN ,/, says/VBZ/O/say Ana/NNP Ruiz/NNP ,/, is/VBZ clear/JJ", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "punct"),
        new Dependency(5, 4, "compound"), new Dependency(8, 5, "nsubj"), new Dependency(8, 7, "cop"),
        new Dependency(3, 8, "ccomp")));
    assertEquals(5, SpeakerFinder.subjectOf(d, 3));
    // Ana Ruiz , a historian , says Lee is clear : a person before the comma keeps the verb.
    Doc person = HandParse.doc("Ana/NNP Ruiz/NNP ,/, says/VBZ/O/say Lee/NNP is/VBZ clear/JJ", List.of(
        new Dependency(1, 0, "compound"), new Dependency(3, 1, "nsubj"), new Dependency(6, 4, "nsubj"),
        new Dependency(6, 5, "cop"), new Dependency(3, 6, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(person, 3));
  }

  @Test
  void subjectOf_nameAfterTheDashOfADatelineTheParserMadeTheSubject_isTheSpeaker() {
    // WASHINGTON — Ana Ruiz argued it : the parser made the place the subject and hung the name on it.
    Doc d = HandParse.doc("WASHINGTON/NNP/LOCATION —/HYPH Ana/NNP Ruiz/NNP argued/VBD it/PRP", List.of(
        new Dependency(4, 0, "nsubj"), new Dependency(0, 1, "punct"), new Dependency(3, 2, "compound"),
        new Dependency(0, 3, "dep"), new Dependency(4, 5, "obj")));
    assertEquals(3, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_verbJoinedToAClauseAfterBe_staysInTheClause() {
    // The outcome is that investors shrug and view it calmly
    Doc d = HandParse.doc("The/DT outcome/NN is/VBZ/O/be that/IN investors/NNS shrug/VBP and/CC view/VBP it/PRP "
        + "calmly/RB", List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
        new Dependency(5, 3, "mark"), new Dependency(5, 4, "nsubj"), new Dependency(2, 5, "ccomp"),
        new Dependency(7, 6, "cc"), new Dependency(5, 7, "conj"), new Dependency(7, 8, "obj"),
        new Dependency(7, 9, "advmod")));
    assertEquals(4, SpeakerFinder.subjectOf(d, 7));
  }

  @Test
  void subjectOf_participleRightAfterPeople_theyAreItsSubject() {
    // Crowds gathered , with many supporters chanting slogans
    Doc d = HandParse.doc("Crowds/NNS gathered/VBD ,/, with/IN many/JJ supporters/NNS chanting/VBG slogans/NNS",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(5, 3, "case"), new Dependency(5, 4, "amod"),
            new Dependency(1, 5, "obl"), new Dependency(5, 6, "acl"), new Dependency(6, 7, "obj")));
    assertEquals(5, SpeakerFinder.subjectOf(d, 6));
  }

  @Test
  void subjectOf_participleHungOnADeterminerOrOne_theyAreItsSubject() {
    // Lopez leads among those describing themselves as liberal ; It had one listing the facts , not 2019 saying it
    Doc d = HandParse.doc("Lopez/NNP leads/VBZ among/IN those/DT describing/VBG themselves/PRP as/IN liberal/JJ",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"),
            new Dependency(3, 4, "acl"), new Dependency(4, 5, "obj"), new Dependency(7, 6, "case"),
            new Dependency(4, 7, "obl")));
    assertEquals(3, SpeakerFinder.subjectOf(d, 4));
    Doc one = HandParse.doc("It/PRP had/VBD one/CD/NUMBER listing/VBG the/DT facts/NNS", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(2, 3, "acl"),
        new Dependency(5, 4, "det"), new Dependency(3, 5, "obj")));
    assertEquals(2, SpeakerFinder.subjectOf(one, 3));
    Doc year = HandParse.doc("It/PRP began/VBD in/IN 2019/CD/DATE saying/VBG it/PRP", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"),
        new Dependency(3, 4, "acl"), new Dependency(4, 5, "obj")));
    assertEquals(-1, SpeakerFinder.subjectOf(year, 4));
  }

  @Test
  void subjectOf_participleAfterAThingOrAfterTheRecipient_theSubjectAboveSaysIt() {
    // The group issued a statement saying it won ; They sent a letter to senators opposing it
    Doc d = HandParse.doc("The/DT group/NN issued/VBD a/DT statement/NN saying/VBG it/PRP won/VBD", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(4, 3, "det"),
        new Dependency(2, 4, "obj"), new Dependency(4, 5, "acl"), new Dependency(7, 6, "nsubj"),
        new Dependency(5, 7, "ccomp")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 5));
    Doc sent = HandParse.doc("They/PRP sent/VBD a/DT letter/NN to/IN senators/NNS opposing/VBG it/PRP", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(5, 4, "case"), new Dependency(1, 5, "obl"), new Dependency(5, 6, "acl"),
        new Dependency(6, 7, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(sent, 6));
  }

  @Test
  void subjectOf_participleAfterACommaHungInsideTheReportedClause_isTheReporters() {
    // Trump argued that a database would help , saying it works : "saying" hung on "help".
    Doc d = HandParse.doc("Trump/NNP argued/VBD that/IN a/DT database/NN would/MD help/VB ,/, saying/VBG it/PRP "
        + "works/VBZ", List.of(new Dependency(1, 0, "nsubj"), new Dependency(6, 2, "mark"),
        new Dependency(4, 3, "det"), new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "aux"),
        new Dependency(1, 6, "ccomp"), new Dependency(6, 7, "punct"), new Dependency(6, 8, "advcl"),
        new Dependency(10, 9, "nsubj"), new Dependency(8, 10, "ccomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 8));
  }

  @Test
  void subjectOf_participleWithoutAComma_staysInItsClause() {
    // Trump argued that voters would help by saying it works
    Doc d = HandParse.doc("Trump/NNP argued/VBD that/IN voters/NNS would/MD help/VB by/IN saying/VBG it/PRP works/VBZ",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(5, 2, "mark"), new Dependency(5, 3, "nsubj"),
            new Dependency(5, 4, "aux"), new Dependency(1, 5, "ccomp"), new Dependency(7, 6, "mark"),
            new Dependency(5, 7, "advcl"), new Dependency(9, 8, "nsubj"), new Dependency(7, 9, "ccomp")));
    assertEquals(3, SpeakerFinder.subjectOf(d, 7));
  }

  @Test
  void subjectOf_sentenceOpeningWithAParticipleTheParserMadeTheRoot_theMainSubject() {
    // Citing a theory , Trump accused Cruz : the parser made "Citing" the root.
    Doc d = HandParse.doc("Citing/VBG a/DT theory/NN ,/, Trump/NNP accused/VBD Cruz/NNP", List.of(
        new Dependency(2, 1, "det"), new Dependency(0, 2, "obj"), new Dependency(2, 3, "punct"),
        new Dependency(5, 4, "nsubj"), new Dependency(2, 5, "dep"), new Dependency(5, 6, "obj")));
    assertEquals(4, SpeakerFinder.subjectOf(d, 0));
  }

  @Test
  void subjectOf_participleAfterAPassiveOfPerception_thePassiveSubject() {
    // Scott can be heard yelling that he was unarmed
    Doc d = HandParse.doc("Scott/NNP can/MD be/VB heard/VBN/O/hear yelling/VBG that/IN he/PRP was/VBD unarmed/JJ",
        List.of(new Dependency(3, 0, "nsubj:pass"), new Dependency(3, 1, "aux"), new Dependency(3, 2, "aux:pass"),
            new Dependency(3, 4, "dep"), new Dependency(8, 5, "mark"), new Dependency(8, 6, "nsubj"),
            new Dependency(8, 7, "cop"), new Dependency(4, 8, "ccomp")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_nameTheTaggerTookForAVerb_isStillTheSubject() {
    // Husted continued by saying it : "Husted" tagged as a past participle, but a person.
    Doc d = HandParse.doc("Husted/VBN/PERSON continued/VBD by/IN saying/VBG it/PRP", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "case"), new Dependency(1, 3, "advcl"),
        new Dependency(3, 4, "obj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_participleRightAfterANounInsideAnotherPhrase_thatNounIsItsSubject() {
    // The fund spent millions on ads attacking Cruz
    Doc d = HandParse.doc("The/DT fund/NN spent/VBD millions/NNS on/IN ads/NNS attacking/VBG Cruz/NNP", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "obj"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod"), new Dependency(5, 6, "acl"),
        new Dependency(6, 7, "obj")));
    assertEquals(5, SpeakerFinder.subjectOf(d, 6));
  }

  @Test
  void subjectOf_openingParticipleAfterASubordinatorAndAQuotedComma_theMainSubject() {
    // After saying it was “ so swollen , ” she left : the parser made "saying" the root.
    Doc d = HandParse.doc("After/IN saying/VBG it/PRP was/VBD “/`` so/RB swollen/JJ ,/, ”/'' she/PRP left/VBD",
        List.of(
        new Dependency(1, 0, "mark"), new Dependency(6, 2, "nsubj"), new Dependency(6, 3, "cop"),
        new Dependency(1, 6, "ccomp"), new Dependency(6, 5, "advmod"), new Dependency(10, 9, "nsubj"),
        new Dependency(1, 10, "dep")));
    assertEquals(9, SpeakerFinder.subjectOf(d, 1));
  }

  @Test
  void subjectOf_auxiliaryAfterANounHungElsewhere_thatNounWithoutItsConjunction() {
    // The primary is in June , and Ana Ruiz has pledged to stay (0-12): the parser made "Ruiz" a conjunct of
    // "June" and "pledged" a loose dependent of it.
    Doc d = HandParse.doc("The/DT primary/NN is/VBZ in/IN June/NNP/DATE ,/, and/CC Ana/NNP Ruiz/NNP has/VBZ "
        + "pledged/VBN/O/pledge to/TO stay/VB", List.of(new Dependency(1, 0, "det"), new Dependency(4, 1, "nsubj"),
        new Dependency(4, 2, "cop"), new Dependency(4, 3, "case"), new Dependency(4, 5, "punct"),
        new Dependency(8, 6, "cc"), new Dependency(8, 7, "compound"), new Dependency(4, 8, "conj"),
        new Dependency(10, 9, "aux"), new Dependency(4, 10, "dep"), new Dependency(12, 11, "mark"),
        new Dependency(10, 12, "xcomp")));
    assertEquals(8, SpeakerFinder.subjectOf(d, 10));
    assertArrayEquals(new int[] {7, 9}, d.phrase(8));
  }

  @Test
  void subjectOf_auxiliaryAfterTheEndOfAPrepositionalPhrase_notThatNoun() {
    // Critics of the plan have pledged to fight (0-7) with "pledged" loose: "plan" ends a phrase inside another.
    Doc d = HandParse.doc("Critics/NNS of/IN the/DT plan/NN have/VBP pledged/VBN/O/pledge to/TO fight/VB",
        List.of(new Dependency(3, 1, "case"), new Dependency(3, 2, "det"), new Dependency(0, 3, "nmod"),
        new Dependency(5, 4, "aux"), new Dependency(0, 5, "dep"), new Dependency(7, 6, "mark"),
        new Dependency(5, 7, "xcomp")));
    assertNotEquals(3, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_capitalisedModalBeforeAPastForm_isANameAndTheSpeaker() {
    // Instead , Will called for talks : the tagger read the columnist's name as a modal.
    Doc d = HandParse.doc("Instead/RB ,/, Will/MD called/VBN for/IN talks/NNS", List.of(
        new Dependency(3, 0, "advmod"), new Dependency(3, 1, "punct"), new Dependency(3, 2, "aux"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "obl")));
    assertEquals(2, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_modalBeforeABareVerb_isNoSpeaker() {
    // Will voters listen ? is a question: the modal is no name.
    Doc d = HandParse.doc("Will/MD voters/NNS listen/VB ?/.", List.of(
        new Dependency(2, 0, "aux"), new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "punct")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 2));
  }

  @Test
  void subjectOf_contractedHasWithAPersonalSubject_isAPerfectNotAPassive() {
    // He 's said he 'll fight : the parser read "'s" as a passive auxiliary and hung the clause as adverbial.
    Doc d = HandParse.doc("He/PRP 's/VBZ said/VBN he/PRP 'll/MD fight/VB", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(2, 5, "advcl"),
        new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "aux")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 2));
  }

  @Test
  void subjectOf_contractedIsWithAThingAsSubject_staysAPassive() {
    // The plan 's expected to pass : a passive without an agent, no speaker.
    Doc d = HandParse.doc("The/DT plan/NN 's/VBZ expected/VBN to/TO pass/VB", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(5, 4, "mark"), new Dependency(3, 5, "xcomp")));
    assertEquals(-1, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_relativeWhoParsedAsObjectBeforeTheVerb_isTheSpeaker() {
    // delegates who 've said they agree : the parser made "who" the object and "'ve" the subject.
    Doc d = HandParse.doc("delegates/NNS who/WP 've/VBP said/VBN they/PRP agree/VBP", List.of(
        new Dependency(0, 3, "acl:relcl"), new Dependency(3, 1, "obj"), new Dependency(3, 2, "nsubj"),
        new Dependency(3, 5, "ccomp"), new Dependency(5, 4, "nsubj")));
    assertEquals(1, SpeakerFinder.subjectOf(d, 3));
  }

  @Test
  void subjectOf_contractionParsedAsSubject_isNoSpeaker() {
    // Lee , who ’s argued that it works : "’s" (has) taken for the subject, "who" for the object.
    Doc d = HandParse.doc("Lee/NNP ,/, who/WP ’s/POS argued/VBD that/IN it/PRP works/VBZ", List.of(
        new Dependency(0, 4, "acl:relcl"), new Dependency(0, 1, "punct"), new Dependency(4, 2, "obj"),
        new Dependency(4, 3, "nsubj"), new Dependency(4, 7, "ccomp"), new Dependency(7, 5, "mark"),
        new Dependency(7, 6, "nsubj")));
    assertEquals(2, SpeakerFinder.subjectOf(d, 4));
  }

  @Test
  void subjectOf_floatingBothAlsoParsedAsSubject_theNamesBeforeItSpeak() {
    // Lee and Ruiz have both argued that it works : the parser gave "argued" two subjects.
    Doc d = HandParse.doc("Lee/NNP and/CC Ruiz/NNP have/VBP both/DT argued/VBN that/IN it/PRP works/VBZ", List.of(
        new Dependency(5, 0, "nsubj"), new Dependency(2, 1, "cc"), new Dependency(0, 2, "conj"),
        new Dependency(5, 3, "aux"), new Dependency(5, 4, "nsubj"), new Dependency(5, 8, "ccomp"),
        new Dependency(8, 6, "mark"), new Dependency(8, 7, "nsubj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_dateParsedAsSubjectOfAParticiple_isNoSpeaker() {
    // Lee issued a statement Tuesday saying it works : the parser made "Tuesday" the subject of "saying".
    Doc d = HandParse.doc("Lee/NNP issued/VBD a/DT statement/NN Tuesday/NNP/DATE saying/VBG it/PRP works/VBZ",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
            new Dependency(5, 4, "nsubj"), new Dependency(1, 5, "dep"), new Dependency(5, 7, "ccomp"),
            new Dependency(7, 6, "nsubj")));
    assertEquals(0, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_descriptionAfterTheVerbReportingAnAdjectiveClause_isTheSpeaker() {
    // Prices may be surprising , said several observers . : the reported clause is headed by an adjective.
    Doc d = HandParse.doc("Prices/NNS may/MD be/VB surprising/JJ ,/, said/VBD several/JJ observers/NNS ./.",
        List.of(new Dependency(3, 0, "nsubj"), new Dependency(3, 1, "aux"), new Dependency(3, 2, "cop"),
            new Dependency(5, 3, "ccomp"), new Dependency(5, 4, "punct"), new Dependency(7, 6, "amod"),
            new Dependency(5, 7, "obj"), new Dependency(5, 8, "punct")));
    assertEquals(7, SpeakerFinder.subjectOf(d, 5));
  }

  @Test
  void subjectOf_relativeWhichParsedAsObjectWithAVerbAsSubject_isTheSpeaker() {
    // The poll , which tracks support , showed that Lee leads : "tracks" taken for the subject of "showed".
    Doc d = HandParse.doc("The/DT poll/NN ,/, which/WDT tracks/VBZ support/NN ,/, showed/VBD that/IN Lee/NNP "
        + "leads/VBZ", List.of(
        new Dependency(1, 0, "det"), new Dependency(1, 7, "acl:relcl"), new Dependency(7, 3, "obj"),
        new Dependency(7, 4, "nsubj"), new Dependency(4, 5, "obj"), new Dependency(7, 10, "ccomp"),
        new Dependency(10, 8, "mark"), new Dependency(10, 9, "nsubj")));
    assertEquals(3, SpeakerFinder.subjectOf(d, 7));
  }
}
