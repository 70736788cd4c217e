package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/**
 * What the cue scorer knows of a verb besides its lemma and frame: its form, its place in the sentence, its
 * subject, negation and modality. The same features are read when the lexicon is learned ({@code learn-cues})
 * and when a rule asks whether a verb is a cue, so that {@code said} as a main verb with a named subject and
 * {@code say} after {@code would} in a relative clause are weighed apart.
 */
public final class CueContext {
  private CueContext() {}

  /**
   * The context features of verb {@code v}: its part of speech ({@code pos=VBD}), its relation to its head
   * ({@code rel=root}, {@code rel=relcl}), the kind of its subject ({@code subj=PERSON}, {@code subj=prp},
   * {@code subj=none}, ...), and {@code neg} and {@code modal} when it has them.
   */
  public static List<String> of(ParsedText p, int v) {
    List<String> out = new ArrayList<>(5);
    Token t = p.token(v);
    out.add("pos=" + t.pos());
    String r = p.relation(v);
    out.add("rel=" + (r.equals("acl:relcl") ? "relcl" : r.split(":")[0]));
    out.add("subj=" + subjectKind(p, v));
    for (int c : p.children(v)) {
      String lemma = p.token(c).lemma().toLowerCase(Locale.ROOT);
      boolean not = lemma.equals("not") || lemma.equals("never");
      if (p.relation(c).equals("advmod") && not && !out.contains("neg")) {
        out.add("neg");
      }
      if (p.relation(c).equals("aux") && p.token(c).pos().equals("MD") && !out.contains("modal")) {
        out.add("modal");
      }
    }
    return List.copyOf(out);
  }

  /**
   * The word that opens a noun's phrase or clause {@code c} as a content ({@link CueLexicon#NOUN}): the
   * preposition of an nmod, or "that" of a clause; null for anything else.
   */
  public static String nounFrameWord(ParsedText p, int c) {
    String r = p.relation(c);
    boolean phrase = r.equals("nmod");
    boolean clause = r.equals("acl") || r.equals("ccomp");
    if (!phrase && !clause) {
      return null;
    }
    for (int w : p.children(c)) {
      String word = p.token(w).word().toLowerCase(Locale.ROOT);
      if (w < c && phrase && p.relation(w).equals("case")) {
        return word;
      }
      if (w < c && clause && p.relation(w).equals("mark") && word.equals("that")) {
        return word;
      }
    }
    return null;
  }

  /** The group whose weights a frame shares: ccomp, parataxis, xcomp, obj, or obl for every oblique. */
  public static String group(String frame) {
    return frame.startsWith("obl:") ? "obl" : frame;
  }

  private static String subjectKind(ParsedText p, int v) {
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        Token s = p.token(c);
        if (r.equals("nsubj:pass")) {
          return "pass";
        }
        if (s.pos().equals("PRP")) {
          return "prp";
        }
        if (s.ner().equals("PERSON") || s.ner().equals("ORGANIZATION")) {
          return s.ner();
        }
        if (s.pos().startsWith("NNP")) {
          return "nnp";
        }
        return s.pos().startsWith("W") ? "wh" : "noun";
      }
    }
    return "none";
  }
}
