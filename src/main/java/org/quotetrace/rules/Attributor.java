package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.quotetrace.Article;
import org.quotetrace.Link;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;
import org.quotetrace.chain.OutletDirectory;
import org.quotetrace.chain.OutletRegistry;
import org.quotetrace.parse.Mention;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/**
 * Runs the attribution rules over a parsed article and turns what they find into {@link Statement}s:
 * merges what several rules found twice, names each speaker, and builds each outlet chain. Immutable and
 * thread-safe; all per-article state lives in local objects.
 */
public final class Attributor {
  private final CueLexicon lexicon;
  private final OutletDirectory directory;

  public Attributor(CueLexicon lexicon, OutletDirectory directory) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The attributor with the bundled English lexicon and outlet list. */
  public static Attributor english() {
    return new Attributor(CueLexicon.english(), OutletDirectory.english());
  }

  /**
   * Finds the attributed statements of an article.
   *
   * @param parsed the parse of {@code article.text()}
   * @param excludeBegin start of a region (the byline) that holds no statements and no speakers, or -1
   * @param excludeEnd end of that region
   */
  public List<Statement> attribute(Article article, ParsedText parsed, int excludeBegin, int excludeEnd) {
    return attribute(article.publisher(), parsed, excludeBegin, excludeEnd, token -> { });
  }

  /**
   * The coreference mentions whose antecedents naming the speakers needs: the mentions of the speakers and
   * outlets the rules find in {@code parsed}. A {@link org.quotetrace.parse.MentionFocus} for the parser.
   *
   * @param parsed a parse with each coreference mention in a cluster of its own
   */
  public Set<Mention> mentionsToResolve(ParsedText parsed) {
    Set<Integer> heads = new HashSet<>();
    attribute(Optional.empty(), parsed, -1, -1, heads::add);
    Set<Mention> out = new HashSet<>();
    for (Mention m : parsed.mentions()) {
      if (heads.contains(m.head())) {
        out.add(m);
      }
    }
    for (int head : heads) {
      SpeakerResolver.mentionOf(parsed.mentions(), head, parsed).ifPresent(out::add);
    }
    return out;
  }

  private List<Statement> attribute(Optional<String> publisherName, ParsedText parsed, int excludeBegin,
      int excludeEnd, IntConsumer lookups) {
    Doc d = new Doc(parsed);
    List<Candidate> found = new ArrayList<>();
    new ReportedSpeechRule(lexicon).apply(d, found);
    new SourcePhraseRule().apply(d, found);
    new LabelRule().apply(d, found);
    new BlockQuoteRule(lexicon).apply(d, found);
    new HeadlineRule(lexicon).apply(d, found);
    List<QuoteFinder.Quote> orphans = new QuoteRule(lexicon).apply(d, found);
    new NounClauseRule(lexicon).apply(d, found);
    new AdjectiveRule().apply(d, found);
    found.removeIf(c -> c.contentBegin() < excludeEnd && excludeBegin < c.contentEnd());
    found.removeIf(c -> c.source() >= 0 && d.tok(c.source()).begin() < excludeEnd
        && excludeBegin < d.tok(c.source()).end());
    List<Candidate> merged = merge(d, found, lexicon);
    addFollowOns(d, orphans, merged);
    merged.sort(Comparator.comparingInt(Candidate::contentBegin).thenComparingInt(Candidate::contentEnd));

    OutletRegistry outlets = new OutletRegistry(directory);
    citeOutlets(d, outlets, excludeBegin, excludeEnd);
    SpeakerResolver resolver = new SpeakerResolver(d, directory, outlets, lookups);
    Optional<Link> publisher = publisherName
        .map(p -> new Link(directory.known(p).orElse(p), SpeakerType.OUTLET));

    List<Statement> out = new ArrayList<>();
    Map<Candidate, Speaker> speakers = new HashMap<>();
    PersonNames names = PersonNames.of(d);
    for (Candidate c : merged) {
      speakers.put(c, names.complete(resolver.resolve(c.source())));
    }
    for (Candidate c : merged) {
      Speaker speaker = speakers.get(c);
      List<String> via = via(d, c, merged, speakers, resolver, outlets);
      out.add(new Statement(c.kind(), trimmed(d, c.contentBegin(), c.contentEnd()), cueSpan(d, c), speaker,
          chain(publisher, via, speaker), c.rule(), confidence(c, speaker)));
    }
    return out;
  }

  /** When two rules found the same statement, keep one, and mark reported speech with a quotation as mixed. */
  static List<Candidate> merge(Doc d, List<Candidate> found, CueLexicon lexicon) {
    // Quotations first: their boundaries are the surest; then reported speech; source phrases last.
    found.sort(Comparator.comparingInt((Candidate c) -> priority(c.kind()))
        .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
        .thenComparingInt(Candidate::contentBegin));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      Candidate same = null;
      Candidate held = c.kind() == StatementKind.ACCORDING_TO ? heldBySource(d, kept, c) : null;
      if (held != null) {
        kept.set(kept.indexOf(held), c.withContent(Math.min(c.contentBegin(), held.contentBegin()),
            Math.max(c.contentEnd(), held.contentEnd())));
        continue;
      }
      for (Candidate k : kept) {
        if (reportsBeside(d, k, c, lexicon) || reportsBeside(d, c, k, lexicon)) {
          continue; // a statement of its own, though one's content runs over the other's reporting clause
        }
        boolean sameCue = k.hasCue() && c.hasCue() && k.cueFirst() == c.cueFirst() && !clauseAfterQuote(d, k, c);
        // A source phrase around another statement whose cue it does not hold is a statement of its own.
        boolean sourceAround = (k.kind() == StatementKind.ACCORDING_TO) != (c.kind() == StatementKind.ACCORDING_TO);
        if (sameCue || (!sourceAround && overlapShare(k, c) > 0.8)) {
          same = k;
          break;
        }
      }
      if (same == null) {
        kept.add(c);
        continue;
      }
      if (holdsCueOf(d, c, same) && !holdsCueOf(d, same, c)) {
        kept.set(kept.indexOf(same), c); // "X said that Y urged Z": the outer statement, however sure the inner
        continue;
      }
      if (quotes(same) && c.kind() == StatementKind.DIRECT && same.hasCue() && same.cueFirst() == c.cueFirst()) {
        // “A,” she said, “B.”: one statement whose content runs from the first quotation to the last; so too
        // when the first is a reported clause around a quotation (said she had “A,” “B”).
        kept.set(kept.indexOf(same), same.withContent(Math.min(same.contentBegin(), c.contentBegin()),
            Math.max(same.contentEnd(), c.contentEnd())));
        continue;
      }
      // Reported speech whose clause holds a quotation plus more: one mixed statement over the whole clause. A
      // clause that begins before the quotation by as little as an article counts ("laments a “throwaway culture”
      // in which ..."); one that begins at it, or at its opening mark, ("said “we won” by far") stays the quotation.
      Candidate quote = same.kind() == StatementKind.DIRECT ? same : c.kind() == StatementKind.DIRECT ? c : null;
      Candidate clause = quote == same ? c : same;
      if (quote != null && clause.kind() == StatementKind.INDIRECT && clause.contentEnd() > quote.contentBegin()
          && wordBetween(d, clause.contentBegin(), quote.contentBegin())) {
        kept.remove(same);
        kept.add(new Candidate(StatementKind.MIXED, clause.contentBegin(),
            Math.max(clause.contentEnd(), quote.contentEnd()), clause.cueFirst(), clause.cueEnd(),
            clause.source() >= 0 ? clause.source() : quote.source(), clause.rule(),
            Math.max(clause.confidence(), quote.confidence())));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : kept) {
      out.add(c.kind() == StatementKind.INDIRECT && containsQuote(d, c)
          ? c.withKind(StatementKind.MIXED) : c);
    }
    return out;
  }

  /**
   * Whether {@code outer}'s content holds the cue of {@code inner}, another cue: {@code X said that Y urged Z},
   * {@code X hired a pollster, having rejected the need for one}. When the two are one statement by their
   * overlap, the outer one wins whichever is the surer: annotators mark the outer relation of such a pair far
   * more often (92% of found train statements with an inner cue), and the inner cue is often a surer verb of
   * saying than the outer one, which used to win it the merge.
   */
  static boolean holdsCueOf(Doc d, Candidate outer, Candidate inner) {
    if (!outer.hasCue() || !inner.hasCue() || outer.cueFirst() == inner.cueFirst()) {
      return false;
    }
    int b = d.tok(inner.cueFirst()).begin();
    return b >= outer.contentBegin() && b < outer.contentEnd();
  }

  /** Whether the characters {@code [begin, end)} hold a letter or a digit. */
  private static boolean wordBetween(Doc d, int begin, int end) {
    for (int i = Math.max(0, begin); i < end; i++) {
      if (Character.isLetterOrDigit(d.text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the quotation rule found a statement: a quotation, or a reported clause around one. */
  private static boolean quotes(Candidate c) {
    return c.kind() == StatementKind.DIRECT || c.kind() == StatementKind.MIXED && c.rule().startsWith("quote.");
  }

  /**
   * The statement whose cue and content lie in the content of a source phrase, or null: {@code According to
   * the paper, Ann said she lost}, {@code “We lost,” Ann said, according to the paper}. Annotators mark the
   * source phrase's statement over the whole clause, the inner "Ann said" in it, and seldom the inner one
   * besides; so the two become one statement of the source phrase.
   */
  private static Candidate heldBySource(Doc d, List<Candidate> kept, Candidate source) {
    for (Candidate k : kept) {
      if (k.kind() != StatementKind.ACCORDING_TO && k.hasCue() && overlapShare(k, source) > 0.8
          && d.tok(k.cueFirst()).begin() >= source.contentBegin()
          && d.tok(k.cueFirst()).end() <= source.contentEnd()) {
        return k;
      }
    }
    return null;
  }

  /** How a verb of saying hangs in a sentence when it reports a statement of its own, not part of another's. */
  private static final Set<String> BESIDE = Set.of("conj", "advcl", "parataxis", "dep");

  /**
   * Whether {@code inner} is a statement of its own although {@code outer}'s content runs over it: "said that A,
   * adding that B", "said A and warned against B", "“A,” she said, arguing that “B.”": the clause of {@code
   * inner}'s cue hangs beside {@code outer}'s content (a conjunct, an adverbial clause, a participle), not
   * under it as a complement ("said that X claimed B" stays one statement), and its cue is a sure one. Both
   * are kept, {@code outer} whole: annotators often count such a clause as part of the first statement too.
   * A quotation hung on a verb that is not one of saying ({@code saying his campaign doesn't want “that
   * crap”}) is part of {@code outer}'s content, not a statement beside it: the two merge into one.
   */
  private static boolean reportsBeside(Doc d, Candidate outer, Candidate inner, CueLexicon lexicon) {
    if (!inner.hasCue() || inner.confidence() < Confidence.BESIDE || outer.kind() == StatementKind.ACCORDING_TO
        || inner.kind() == StatementKind.ACCORDING_TO || outer.hasCue() && outer.cueFirst() == inner.cueFirst()) {
      return false;
    }
    int cue = inner.cueFirst();
    Token t = d.tok(cue);
    if (inner.rule().startsWith("quote.") && !lexicon.says(t.lemma())) {
      return false;
    }
    return t.begin() > outer.contentBegin() && t.begin() < outer.contentEnd() && !d.insideQuote(cue)
        && (BESIDE.contains(d.p.relation(cue)) || t.pos().equals("VBG"));
  }

  private static int priority(StatementKind kind) {
    return switch (kind) {
      case DIRECT, MIXED -> 0;
      case INDIRECT -> 1;
      case ACCORDING_TO -> 2;
    };
  }

  private static boolean containsQuote(Doc d, Candidate c) {
    for (QuoteFinder.Quote q : d.quotes) {
      if (q.begin() >= c.contentBegin() && q.end() <= c.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of two statements of the same cue is a quotation and the other a finite clause after the cue
   * that begins after the quotation ends: {@code told the show “Face to Face” that she would run}, or a
   * quotation of a neighbouring clause taken by this cue. The clause is what the cue reports, and the
   * quotation no part of it, so both stay (one of them may still lose to another statement).
   * A participle parsed as the complement ({@code said, adding that ...}) does not count: it tells of
   * another act of saying.
   */
  static boolean clauseAfterQuote(Doc d, Candidate a, Candidate b) {
    Candidate quote = a.kind() == StatementKind.DIRECT ? a : b;
    Candidate clause = quote == a ? b : a;
    if (quote.kind() != StatementKind.DIRECT || clause.kind() != StatementKind.INDIRECT
        || !"reported.clause".equals(clause.rule()) || quote.contentEnd() > clause.contentBegin()) {
      return false;
    }
    int v = clause.cueFirst();
    for (int c : d.p.children(v)) {
      if (c > v && d.p.hasRelation(c, "ccomp") && !d.tok(c).pos().equals("VBG") && !participleMarked(d, c)
          && (d.p.child(c, "nsubj") >= 0 || d.p.child(c, "nsubj:pass") >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause has a participle of saying parsed as its marker ({@code adding that ...}). */
  private static boolean participleMarked(Doc d, int c) {
    for (int m : d.p.children(c)) {
      if (m < c && d.p.hasRelation(m, "mark") && d.tok(m).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  private static double overlapShare(Candidate a, Candidate b) {
    int overlap = Math.min(a.contentEnd(), b.contentEnd()) - Math.max(a.contentBegin(), b.contentBegin());
    int shorter = Math.min(a.contentLength(), b.contentLength());
    return overlap <= 0 || shorter <= 0 ? 0 : (double) overlap / shorter;
  }

  /**
   * Quotations with no verb of their own that continue the statement before them: in the same paragraph
   * ({@code “A,” she said. “B.”}, {@code She said it was “A.” “B.”}) a direct or mixed statement grows to take
   * them in (after a mixed one, annotators join the two in 16 of 21 train cases); a paragraph that is only a quotation,
   * right after the statement, continues a direct statement too (annotators join the two paragraphs in about
   * four of five such cases on train) and is otherwise a statement of the same speaker.
   */
  static void addFollowOns(Doc d, List<QuoteFinder.Quote> orphans, List<Candidate> found) {
    for (QuoteFinder.Quote q : orphans) {
      if (insideAStatement(q, found)) {
        continue;
      }
      int para = d.paragraphOf(q.begin());
      Candidate previous = null;
      for (Candidate c : found) {
        if (c.contentEnd() <= q.begin() && (c.source() >= 0 || c.kind() == StatementKind.DIRECT)
            && (previous == null || c.contentEnd() > previous.contentEnd())) {
          previous = c;
        }
      }
      if (previous == null || namesAnotherSpeaker(d, q, para, previous)) {
        continue;
      }
      int prevPara = d.paragraphOf(previous.contentBegin());
      if (prevPara == para && previous.kind() != StatementKind.DIRECT) {
        previous = directOfSameSentence(d, found, previous, para);
      }
      boolean continued = prevPara == para && (previous.kind() == StatementKind.DIRECT || heldQuote(d, previous)
          || previous.kind() == StatementKind.MIXED)
          || previous.kind() == StatementKind.DIRECT && d.paragraphOf(previous.contentEnd() - 1) == para - 1
          && onlyQuote(d, q, para);
      if (continued) {
        found.set(found.indexOf(previous), previous.withContent(previous.contentBegin(), q.end()));
      } else if (prevPara == para || (prevPara == para - 1 && onlyQuote(d, q, para))) {
        int own = speakerAfterQuote(d, q);
        found.add(new Candidate(StatementKind.DIRECT, q.begin(), q.end(), -1, -1,
            own >= 0 ? own : previous.source(), "quote.follow-on", Confidence.QUOTE_FOLLOW_ON));
      }
    }
  }

  /**
   * Whether a source phrase's statement took in a quotation with its verb ({@code “A,” she said, according to the
   * paper.}): a quotation after it in the same paragraph goes on with that quotation, as in {@code “A,” she said.
   * “B.”}, and is no statement of the source phrase's own.
   */
  private static boolean heldQuote(Doc d, Candidate c) {
    return c.kind() == StatementKind.ACCORDING_TO && containsQuote(d, c);
  }

  /**
   * Whether a quotation lies in a statement's content ({@code called the system “rotten to the core”}): it is part
   * of what that statement reports, not a statement of its own.
   */
  private static boolean insideAStatement(QuoteFinder.Quote q, List<Candidate> found) {
    for (Candidate c : found) {
      if (c.contentBegin() < q.end() && q.begin() < c.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code “A,” Smith said, adding that X. “B.”}, {@code “A,” the judge said, according to the paper. “B.”}: the
   * statement found last before a quotation of the same paragraph is reported in the sentence of an earlier
   * quotation's own verb (a participle, a source phrase beside it); then the quotation continues that earlier
   * one, as in {@code “A,” she said. “B.”}. Otherwise {@code previous} itself.
   */
  private static Candidate directOfSameSentence(Doc d, List<Candidate> found, Candidate previous, int para) {
    int sentence = sentenceOf(d, previous);
    for (Candidate c : found) {
      if (c.kind() == StatementKind.DIRECT && c.hasCue() && c.contentEnd() <= previous.contentEnd()
          && d.paragraphOf(c.contentBegin()) == para && sentence >= 0 && sentenceOf(d, c) == sentence) {
        return c;
      }
    }
    return previous;
  }

  private static int sentenceOf(Doc d, Candidate c) {
    return c.hasCue() ? d.tok(c.cueFirst()).sentence() : c.source() >= 0 ? d.tok(c.source()).sentence() : -1;
  }

  /**
   * The speaker a quotation names right after it with a verb the lexicon does not know ({@code “…,” Bozell
   * answers}, {@code “…,” the two write}, {@code “…,” he added, “…”}): the head of a short noun phrase
   * between the closing mark and a finite verb, in the quotation's last sentence (not the next one:
   * {@code “We won.” The count was close.}); -1 if none.
   */
  static int speakerAfterQuote(Doc d, QuoteFinder.Quote q) {
    int[] inside = QuoteRule.tokensInside(d, q);
    int first = QuoteRule.afterClose(d, inside);
    int t = QuoteRule.namePhraseEnd(d, first, false);
    if (t == first || t >= d.size() || !d.tok(t).isFiniteVerb()
        || d.tok(t).sentence() != d.tok(inside[1] - 1).sentence()
        || d.paragraphOf(d.tok(t).begin()) != d.paragraphOf(q.end() - 1)) {
      return -1;
    }
    for (int u = t - 1; u >= first; u--) {
      if (d.tok(u).isNoun() || d.tok(u).isPronoun()) {
        return u; // the last noun of the phrase heads it ("the two lawmakers")
      }
    }
    return -1;
  }

  private static boolean onlyQuote(Doc d, QuoteFinder.Quote q, int para) {
    for (int i = q.begin() - 1; i >= 0 && d.paragraphOf(i) == para; i--) {
      if (!Character.isWhitespace(d.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quotation's paragraph names a person outside the quotation after the previous statement's
   * sentence, other than that statement's speaker. A person named before it ({@code Ann Lee spoke first. “A,” he
   * said. “B.”}) or the speaker named again ({@code “A,” Lee said. Lee smiled. “B.”}) is no sign of another voice.
   */
  private static boolean namesAnotherSpeaker(Doc d, QuoteFinder.Quote q, int para, Candidate previous) {
    int previousSentence = previous.hasCue() ? d.tok(previous.cueFirst()).sentence()
        : previous.source() >= 0 ? d.tok(previous.source()).sentence() : -1;
    for (Token t : d.p.tokens()) {
      if (d.paragraphOf(t.begin()) == para && !q.contains(t.begin()) && t.ner().equals("PERSON")
          && t.sentence() > previousSentence && d.quoteAt(t.begin()) == null && !sameName(d, t, previous)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is the head word of the previous statement's speaker ({@code Lee} for {@code Ann Lee}). */
  private static boolean sameName(Doc d, Token t, Candidate previous) {
    return previous.source() >= 0 && d.tok(previous.source()).word().equals(t.word());
  }

  /** Records every outlet the article names, so that "the outlet" can refer back to it. */
  private void citeOutlets(Doc d, OutletRegistry outlets, int excludeBegin, int excludeEnd) {
    List<Token> ts = d.p.tokens();
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).begin() >= excludeBegin && ts.get(i).end() <= excludeEnd) {
        continue;
      }
      for (int n = Math.min(5, ts.size() - i); n >= 1; n--) {
        if (ts.get(i + n - 1).sentence() != ts.get(i).sentence()
            || !Character.isUpperCase(ts.get(i).word().charAt(0))) {
          continue;
        }
        String name = d.p.textOf(i, i + n);
        boolean org = ts.get(i).ner().equals("ORGANIZATION") && (i + n == ts.size()
            || !ts.get(i + n).ner().equals("ORGANIZATION")) && (i == 0 || !ts.get(i - 1).ner().equals("ORGANIZATION"));
        if (directory.known(name).isPresent() || (org && directory.isOutletName(name))) {
          outlets.cite(name, ts.get(i).begin());
          i += n - 1;
          break;
        }
      }
    }
  }

  /** The outlets a statement passed through, outermost first. */
  private static List<String> via(Doc d, Candidate c, List<Candidate> all, Map<Candidate, Speaker> speakers,
      SpeakerResolver resolver, OutletRegistry outlets) {
    Set<String> via = new LinkedHashSet<>();
    Speaker speaker = speakers.get(c);
    if (speaker.type() == SpeakerType.OUTLET) {
      return List.of();
    }
    // An outlet whose report holds this statement, earlier in the same paragraph or around it.
    int para = d.paragraphOf(c.contentBegin());
    for (Candidate o : all) {
      Speaker os = speakers.get(o);
      if (o == c || os.type() != SpeakerType.OUTLET) {
        continue;
      }
      boolean holds = o.contentBegin() <= c.contentBegin() && o.contentEnd() >= c.contentEnd();
      boolean before = o.contentBegin() < c.contentBegin() && d.paragraphOf(o.contentBegin()) == para;
      if (holds || before) {
        via.add(os.name());
      }
    }
    if (c.hasCue()) {
      int v = c.cueFirst();
      for (int child : d.p.children(v)) {
        // "told NBC", "said to CNN", "in an interview with Fox News"
        int target = recipient(d, child);
        if (target >= 0) {
          Speaker r = resolver.resolve(target);
          if (r.type() == SpeakerType.OUTLET) {
            via.add(r.name());
          }
        }
        if (d.tok(child).lemma().equals("reportedly") && via.isEmpty()) {
          outlets.lastBefore(d.tok(v).begin()).ifPresent(via::add);
        }
      }
    }
    via.remove(speaker.name());
    return List.copyOf(via);
  }

  private static int recipient(Doc d, int child) {
    ParsedText p = d.p;
    if (p.hasRelation(child, "obj") || p.hasRelation(child, "iobj")) {
      return child;
    }
    if (p.hasRelation(child, "obl")) {
      for (int cc : p.children(child)) {
        String w = d.tok(cc).lemma();
        if (p.hasRelation(cc, "case") && (w.equals("to") || w.equals("with"))) {
          return child;
        }
      }
      if (d.tok(child).lemma().equals("interview")) {
        for (int n : p.children(child)) {
          if (p.hasRelation(n, "nmod")) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  private static List<Link> chain(Optional<Link> publisher, List<String> via, Speaker speaker) {
    List<Link> chain = new ArrayList<>();
    publisher.ifPresent(chain::add);
    for (String v : via) {
      if (chain.isEmpty() || !chain.get(chain.size() - 1).name().equals(v)) {
        chain.add(new Link(v, SpeakerType.OUTLET));
      }
    }
    if (chain.isEmpty() || !chain.get(chain.size() - 1).name().equals(speaker.name())) {
      chain.add(speaker.asLink());
    }
    return chain;
  }

  private static Span trimmed(Doc d, int begin, int end) {
    while (begin < end && Character.isWhitespace(d.text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(d.text.charAt(end - 1))) {
      end--;
    }
    return Span.of(d.text, begin, end);
  }

  private static Optional<Span> cueSpan(Doc d, Candidate c) {
    if (!c.hasCue()) {
      return Optional.empty();
    }
    return Optional.of(Span.of(d.text, d.tok(c.cueFirst()).begin(), d.tok(c.cueEnd() - 1).end()));
  }

  private static double confidence(Candidate c, Speaker s) {
    double factor = s.type() == SpeakerType.UNKNOWN ? 0.8 : 1.0;
    return Math.round(c.confidence() * factor * 100) / 100.0;
  }
}
