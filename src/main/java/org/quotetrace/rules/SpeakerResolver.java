package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.chain.OutletDirectory;
import org.quotetrace.chain.OutletRegistry;
import org.quotetrace.parse.Mention;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/**
 * Names and types the speaker of a statement from the phrase that mentions it: follows pronouns and
 * descriptions through coreference to the most complete name in the article, keeps the role the text
 * gives, and tells people, organizations, outlets, groups and anonymous sources apart.
 */
final class SpeakerResolver {
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "i", "we", "they", "you", "it",
      "him", "her", "them", "me", "us");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  /** Nouns for a person the text does not name: singular means anonymous. */
  private static final Set<String> ANONYMOUS_NOUNS = Set.of("official", "source", "aide", "person",
      "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "insider", "staffer", "employee",
      "diplomat", "officer", "member", "lawmaker", "operative", "strategist", "staff", "confidant", "ally",
      "associate", "administrator", "representative", "negotiator", "people", "individual", "someone",
      "whistleblower", "investigator", "agent", "analyst", "expert", "observer", "critic", "supporter",
      "democrat", "republican", "voter", "resident", "witness", "friend", "attorney", "lawyer");
  /** Plural nouns that still stand for sources the text keeps anonymous. */
  private static final Set<String> ANONYMOUS_PLURALS = Set.of("source", "people", "person", "insider");
  private static final Set<String> ORGANIZATION_NOUNS = Set.of("administration", "campaign", "department",
      "government", "company", "committee", "agency", "ministry", "office", "house", "court", "party",
      "council", "board", "commission", "team", "group", "organization", "union", "firm", "bureau",
      "senate", "congress", "police", "military", "army", "university", "institute", "foundation",
      "poll", "survey", "study", "report", "analysis", "data", "research", "document", "memo", "statement",
      "letter", "filing", "lawsuit", "complaint", "jury", "white");

  private final Doc d;
  private final OutletDirectory directory;
  private final OutletRegistry outlets;
  private final IntConsumer lookups;

  /** @param lookups told of every token whose coreference cluster the resolver looks up */
  SpeakerResolver(Doc d, OutletDirectory directory, OutletRegistry outlets, IntConsumer lookups) {
    this.d = d;
    this.directory = directory;
    this.outlets = outlets;
    this.lookups = lookups;
  }

  /** The speaker mentioned by the phrase headed by token {@code head}; unknown when {@code head} is -1. */
  Speaker resolve(int head) {
    if (head < 0) {
      return Speaker.unknown();
    }
    Speaker first = resolveOne(head);
    List<Integer> conjuncts = namedConjuncts(head);
    if (conjuncts.isEmpty()) {
      return first;
    }
    // "Alejandro Mayorkas and Antony Blinken said": one statement of several people, named together.
    List<String> names = new java.util.ArrayList<>(List.of(first.name()));
    for (int c : conjuncts) {
      names.add(resolveOne(c).name());
    }
    String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return new Speaker(joined, SpeakerType.GROUP, first.mention(), Optional.empty());
  }

  /** Conjoined names of a named head ({@code Mayorkas and Blinken}), in order; empty when there are none. */
  private List<Integer> namedConjuncts(int head) {
    if (!d.tok(head).isProperNoun() && !d.tok(head).ner().equals("PERSON")) {
      return List.of();
    }
    List<Integer> out = new java.util.ArrayList<>();
    for (int c : d.p.children(head)) {
      if (d.p.hasRelation(c, "conj") && (d.tok(c).isProperNoun() || d.tok(c).ner().equals("PERSON"))) {
        out.add(c);
      }
    }
    return out;
  }

  private Speaker resolveOne(int head) {
    String word = d.tok(head).word().toLowerCase(Locale.ROOT);
    if (RELATIVE_PRONOUNS.contains(word) && d.p.hasRelation(head, "nsubj")) {
      int clause = d.p.head(head);
      int antecedent = clause >= 0 && d.p.relation(clause).startsWith("acl") ? d.p.head(clause) : -1;
      if (antecedent >= 0) {
        Speaker s = resolve(antecedent);
        return new Speaker(s.name(), s.type(), Optional.of(span(head, head + 1)), s.role());
      }
      // A relative pronoun whose antecedent the parse lost names nobody.
      return new Speaker("unknown", SpeakerType.UNKNOWN, Optional.of(span(head, head + 1)), Optional.empty());
    }
    int[] np = d.phrase(head);
    Span mention = span(np[0], withApposition(head, np[1]));
    if (PERSONAL_PRONOUNS.contains(word)) {
      return pronoun(head, mention, word);
    }
    Optional<String> outlet = directory.known(mention.text());
    if (outlet.isPresent()) {
      // A well-known outlet, whatever the tagger made of its name ("Politico" as a common noun).
      outlets.cite(mention.text(), mention.begin());
      return new Speaker(outlets.canonical(mention.text()), SpeakerType.OUTLET, Optional.of(mention),
          Optional.empty());
    }
    int[] name = nameRun(head, np);
    if (name != null) {
      return named(head, np, name, mention);
    }
    return described(head, np, mention);
  }

  private Speaker pronoun(int head, Span mention, String word) {
    Optional<Speaker> viaCoref = clusterOf(head).flatMap(this::bestName);
    if (viaCoref.isPresent()) {
      Speaker s = viaCoref.get();
      return new Speaker(s.name(), s.type(), Optional.of(mention), s.role());
    }
    boolean person = word.equals("he") || word.equals("she") || word.equals("i");
    if (person) {
      int antecedent = precedingPerson(head);
      if (antecedent >= 0) {
        Speaker s = resolve(antecedent);
        return new Speaker(s.name(), s.type(), Optional.of(mention), s.role());
      }
    }
    return new Speaker(word, person ? SpeakerType.PERSON : SpeakerType.UNKNOWN, Optional.of(mention),
        Optional.empty());
  }

  /**
   * When coreference left "he" or "she" alone: the last person named in this or the two sentences before,
   * outside quotations. Returns the head token of that name, or -1.
   */
  private int precedingPerson(int pronoun) {
    int sentence = d.tok(pronoun).sentence();
    int stop = d.p.sentences().get(Math.max(0, sentence - 2)).first();
    for (int t = pronoun - 1; t >= stop; t--) {
      Token tok = d.tok(t);
      if (tok.ner().equals("PERSON") && !d.insideQuote(t)
          && (t + 1 >= d.size() || !d.tok(t + 1).ner().equals("PERSON"))) {
        return t;
      }
    }
    return -1;
  }

  /** A phrase headed by a proper name: the name's most complete form in the article, and a role. */
  private Speaker named(int head, int[] np, int[] name, Span mention) {
    String ner = d.tok(head).ner();
    String text = d.p.textOf(name[0], name[1]);
    Optional<String> role = role(head, np, name);
    if (isOutlet(text, ner)) {
      outlets.cite(text, d.tok(name[0]).begin());
      return new Speaker(outlets.canonical(text), SpeakerType.OUTLET, Optional.of(mention), role);
    }
    Optional<Speaker> best = clusterOf(head).flatMap(this::bestName);
    if (best.isPresent() && best.get().type() != SpeakerType.OUTLET && best.get().name().contains(text)) {
      return new Speaker(best.get().name(), best.get().type(), Optional.of(mention),
          role.or(() -> best.get().role()));
    }
    return new Speaker(text, nameType(head), Optional.of(mention), role);
  }

  /**
   * Where the mention of a phrase ends when an apposition follows its head: the mention takes the apposition
   * in ({@code One of the men, Jessie Elkins,}; {@code Maria Lopez, the governor,}), as a reader would mark it.
   */
  private int withApposition(int head, int end) {
    int out = end;
    for (int c : d.p.children(head)) {
      int[] a = d.phrase(c);
      if (c > head && d.p.hasRelation(c, "appos") && !d.insideQuote(c) && a[0] > out && commaOnly(out, a[0])) {
        out = a[1]; // set off by a comma, not a colon: "PENCE: She will not …" is a label and its line
      }
    }
    return out;
  }

  /** Whether tokens {@code [first, end)} are one comma (or an opening parenthesis) and nothing else. */
  private boolean commaOnly(int first, int end) {
    if (end - first != 1) {
      return false;
    }
    String w = d.tok(first).word();
    return w.equals(",") || w.equals("(") || d.tok(first).pos().equals("-LRB-");
  }

  /** A phrase headed by a common noun: an outlet, an organization, a group or an anonymous source. */
  private Speaker described(int head, int[] np, Span mention) {
    Token h = d.tok(head);
    int appos = d.p.child(head, "appos");
    if (appos >= 0 && (d.tok(appos).ner().equals("PERSON") || d.tok(appos).isProperNoun())) {
      // "The governor, Maria Lopez, said": the name is in the apposition, the noun is the role.
      Speaker named = resolve(appos);
      return new Speaker(named.name(), named.type(), Optional.of(mention),
          named.role().or(() -> Optional.of(d.p.textOf(np[0], np[1]).replaceFirst("^(?i)(the|a|an) ", ""))));
    }
    String lemma = h.lemma();
    boolean definite = hasDeterminer(head, "the", "this", "that");
    if (OutletDirectory.isOutletNoun(lemma) && definite) {
      Optional<String> outlet = outlets.lastBefore(h.begin());
      if (outlet.isPresent()) {
        return new Speaker(outlet.get(), SpeakerType.OUTLET, Optional.of(mention), Optional.empty());
      }
    }
    Optional<Speaker> viaCoref = clusterOf(head).flatMap(this::bestName);
    if (viaCoref.isPresent() && viaCoref.get().type() == SpeakerType.PERSON) {
      Speaker s = viaCoref.get();
      String description = lowerFirst(mention.text());
      return new Speaker(s.name(), s.type(), Optional.of(mention), s.role().or(() -> Optional.of(description)));
    }
    String description = lowerFirst(describedWithClause(head, np));
    boolean plural = h.pos().equals("NNS") || h.pos().equals("NNPS") || d.p.child(head, "conj") >= 0;
    SpeakerType type;
    if (plural) {
      type = ANONYMOUS_PLURALS.contains(lemma) ? SpeakerType.ANONYMOUS : SpeakerType.GROUP;
    } else if (ANONYMOUS_NOUNS.contains(lemma)) {
      type = SpeakerType.ANONYMOUS;
    } else if (ORGANIZATION_NOUNS.contains(lemma) || h.ner().equals("ORGANIZATION")) {
      type = SpeakerType.ORGANIZATION;
    } else {
      type = SpeakerType.PERSON; // a singular description of someone: "the governor", "her lawyer"
    }
    return new Speaker(description, type, Optional.of(mention), Optional.empty());
  }

  /** A description with its relative clause: {@code a person who spoke on condition of anonymity}. */
  private String describedWithClause(int head, int[] np) {
    int end = np[1];
    for (int c : d.p.children(head)) {
      if (d.p.hasRelation(c, "acl") && c > head && d.p.subtreeEnd(c) - np[1] <= 12) {
        end = Math.max(end, d.p.subtreeEnd(c));
      }
    }
    for (int t = np[1]; t < end; t++) {
      String w = d.tok(t).word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—")) {
        end = t; // the clause stops at its first comma: what follows is the sentence, not the source
        break;
      }
    }
    while (end - 1 > np[0] && !Character.isLetterOrDigit(d.tok(end - 1).word().codePointAt(0))) {
      end--;
    }
    return d.p.textOf(np[0], end);
  }

  private boolean isOutlet(String name, String ner) {
    return directory.known(name).isPresent()
        || (ner.equals("ORGANIZATION") && directory.isOutletName(name));
  }

  /** The run of name tokens (same entity tag, or proper nouns) around the head, inside the phrase. */
  private int[] nameRun(int head, int[] np) {
    Token h = d.tok(head);
    boolean entity = !h.ner().equals("O") && !h.ner().equals("MISC") && !h.ner().equals("NUMBER");
    if (!entity && !h.isProperNoun()) {
      return null;
    }
    int first = head;
    int end = head + 1;
    while (first - 1 >= np[0] && sameName(d.tok(first - 1), h)) {
      first--;
    }
    while (end < np[1] && sameName(d.tok(end), h)) {
      end++;
    }
    return new int[] {first, end};
  }

  private static boolean sameName(Token t, Token head) {
    if (!head.ner().equals("O")) {
      return t.ner().equals(head.ner());
    }
    return t.isProperNoun();
  }

  private Optional<String> role(int head, int[] np, int[] name) {
    int first = np[0];
    while (first < name[0] && isDeterminerLike(d.tok(first))) {
      first++;
    }
    if (first < name[0]) {
      String r = d.p.textOf(first, name[0]).strip();
      if (r.chars().anyMatch(Character::isLetter)) {
        return Optional.of(r.replaceAll("[,\\s]+$", ""));
      }
    }
    int appos = d.p.child(head, "appos");
    if (appos >= 0 && d.tok(appos).ner().equals("O")) {
      int[] a = d.phrase(appos);
      while (a[0] < a[1] - 1 && isDeterminerLike(d.tok(a[0]))) {
        a[0]++;
      }
      return Optional.of(d.p.textOf(a[0], a[1]));
    }
    return Optional.empty();
  }

  private static boolean isDeterminerLike(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals(",");
  }

  private boolean hasDeterminer(int head, String... words) {
    for (int c : d.p.children(head)) {
      if (d.p.hasRelation(c, "det") || d.p.hasRelation(c, "nmod:poss")) {
        String w = d.tok(c).word().toLowerCase(Locale.ROOT);
        for (String x : words) {
          if (w.equals(x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Optional<List<Mention>> clusterOf(int head) {
    lookups.accept(head);
    return mentionOf(d.p.mentions(), head, d.p).map(m -> d.p.cluster(m.cluster()));
  }

  /** The mention headed by {@code head}, else the first that contains it under its own head. */
  static Optional<Mention> mentionOf(List<Mention> mentions, int head, ParsedText p) {
    for (Mention m : mentions) {
      if (m.head() == head) {
        return Optional.of(m);
      }
    }
    for (Mention m : mentions) {
      if (m.contains(head) && p.dominates(m.head(), head)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The most complete proper name among a cluster's mentions, typed by its entity tag. */
  private Optional<Speaker> bestName(List<Mention> cluster) {
    int[] best = null;
    int bestHead = -1;
    for (Mention m : cluster) {
      int[] np = new int[] {m.first(), m.end()};
      int[] run = nameRun(m.head(), np);
      if (run == null) {
        continue;
      }
      boolean better = best == null || rank(run) > rank(best)
          || (rank(run) == rank(best) && run[1] - run[0] > best[1] - best[0]);
      if (better) {
        best = run;
        bestHead = m.head();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String name = d.p.textOf(best[0], best[1]);
    String ner = d.tok(bestHead).ner();
    if (isOutlet(name, ner)) {
      outlets.cite(name, d.tok(best[0]).begin());
      return Optional.of(new Speaker(outlets.canonical(name), SpeakerType.OUTLET, Optional.empty(),
          Optional.empty()));
    }
    SpeakerType type = nameType(bestHead);
    int mentionOfBest = -1;
    for (Mention m : cluster) {
      if (m.head() == bestHead) {
        mentionOfBest = m.first();
      }
    }
    Optional<String> role = mentionOfBest >= 0 ? role(bestHead, d.phrase(bestHead), best) : Optional.empty();
    return Optional.of(new Speaker(name, type, Optional.empty(), role));
  }

  /** The type of a speaker named by the name headed by {@code head}, from its entity tag. */
  private SpeakerType nameType(int head) {
    String ner = d.tok(head).ner();
    return ner.equals("PERSON") ? SpeakerType.PERSON
        : ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("COUNTRY")
            ? SpeakerType.ORGANIZATION
            : d.tok(head).pos().equals("NNPS") ? SpeakerType.GROUP : SpeakerType.PERSON;
  }

  private int rank(int[] run) {
    String ner = d.tok(run[0]).ner();
    return ner.equals("PERSON") ? 3 : ner.equals("ORGANIZATION") ? 2 : 1;
  }

  private Span span(int first, int end) {
    return Span.of(d.text, d.tok(first).begin(), d.tok(end - 1).end());
  }

  private static String lowerFirst(String s) {
    String[] w = s.split(" ", 2);
    String first = w[0].toLowerCase(Locale.ROOT);
    boolean article = first.equals("a") || first.equals("an") || first.equals("the") || first.equals("some")
        || first.equals("several") || first.equals("many") || first.equals("two") || first.equals("three");
    return article ? first + (w.length > 1 ? " " + w[1] : "") : s;
  }
}
