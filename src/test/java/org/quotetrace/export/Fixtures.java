package org.quotetrace.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotetrace.Article;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;

/** Reports built by hand, without CoreNLP, for the exporter tests. */
final class Fixtures {
  private Fixtures() {}

  static final String PUBLISHER = "The Postmillennial";

  /** The bundled seed article, as in {@code seeds/postmillennial-mexico-amnesty.txt}. */
  static final String SEED_TEXT = """
      Mexico demands Biden give amnesty to 10 MILLION illegal immigrants in exchange for help with border crisis
      
      By Darian Douraghy – The Postmillennial
      
      The Biden administration is beginning to depend more and more on Mexico to help stem the record-high flow of illegal immigrants entering the United States, according to a new report from NBC News. Government officials from both nations have said that Mexico also has its own list of desired actions for the United States, including for it to grant amnesty to at least 10 million Hispanic illegal immigrants.
      
      Under the Biden administration, records for illegal crossings have been repeatedly broken since the beginning of his term. The record for the most illegal immigrant crossings seen at the southern border of all time, for instance, was set yet again just last month.
      
      Previous attempts by the Biden administration to lessen illegal immigration have led to only temporarily decreased crossings, and Homeland Security Secretary Alejandro Mayorkas and Secretary of State Antony Blinken traveled to Mexico last month to ask Mexican President Andrés Manuel López Obrador to provide assistance, according to NBC.
      
      López Obrador called on Friday for the US to approve an initiative that would send $20 billion to Latin American and Caribbean countries in addition to stopping any sanctions against Venezuela, ending the US blockade of Cuba, and giving at least 10 million Hispanic illegal immigrants the ability to stay in the country and work legally.
      
      A record-high of 300,000 illegal immigrants were processed by Customs and Border Protection in December, per NBC.
      
      A senior Biden administration official told NBC in response to López Obrador’s requests that the Mexican president “has a very ambitious agenda. For some of these things, we would need Congress to act. We share the vision that we need to lift up the region.”
      
      Negotiators with the US want Mexico to increase enforcement along its southern border with Guatemala, and to deport more illegal immigrants apprehended within Mexico.
      
      Both nations are set to continue meeting in Washington late this month. Mexican and American officials alike have reportedly said that Mexico holds significant leverage in the negotiations. López Obrador’s administration also hopes that Joe Biden wins re-election in November, according to the outlet.""";

  /** Returns the span of the {@code nth} (from 0) occurrence of {@code needle} in {@code text}. */
  static Span find(String text, String needle, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + nth + " of " + needle);
      }
    }
    return Span.of(text, at, at + needle.length());
  }

  static Span find(String text, String needle) {
    return find(text, needle, 0);
  }

  static Speaker speaker(String name, SpeakerType type, Optional<Span> mention, Optional<String> role) {
    return new Speaker(name, type, mention, role);
  }

  static Statement statement(StatementKind kind, Span content, Optional<Span> cue, Speaker speaker,
      List<Link> via, String rule, double confidence) {
    List<Link> chain = new ArrayList<>(via);
    chain.add(speaker.asLink());
    return new Statement(kind, content, cue, speaker, chain, rule, confidence);
  }

  /** The seed article with the statements a careful reader would attribute, in text order. */
  static Report seedReport() {
    String t = SEED_TEXT;
    Article article = Article.fromPlainText("postmillennial-mexico-amnesty", t);
    Link pub = new Link(PUBLISHER, SpeakerType.OUTLET);
    Link nbc = new Link("NBC News", SpeakerType.OUTLET);
    Speaker nbcNews = speaker("NBC News", SpeakerType.OUTLET, Optional.of(find(t, "NBC News", 0)), Optional.empty());
    Speaker officials = speaker("Government officials from both nations", SpeakerType.GROUP,
        Optional.of(find(t, "Government officials from both nations")), Optional.empty());
    Speaker amlo = speaker("Andrés Manuel López Obrador", SpeakerType.PERSON,
        Optional.of(find(t, "López Obrador", 1)), Optional.of("Mexican President"));
    Speaker official = speaker("a senior Biden administration official", SpeakerType.ANONYMOUS,
        Optional.of(find(t, "A senior Biden administration official")), Optional.empty());
    Speaker both = speaker("Mexican and American officials", SpeakerType.GROUP,
        Optional.of(find(t, "Mexican and American officials")), Optional.empty());
    List<Statement> s = new ArrayList<>();
    s.add(statement(StatementKind.ACCORDING_TO, find(t, "The Biden administration is beginning to depend more "
        + "and more on Mexico to help stem the record-high flow of illegal immigrants entering the United States"),
        Optional.of(find(t, "according to", 0)), nbcNews, List.of(pub), "according-to.trailing", 0.9));
    s.add(statement(StatementKind.INDIRECT, find(t, "Mexico also has its own list of desired actions for the "
        + "United States, including for it to grant amnesty to at least 10 million Hispanic illegal immigrants"),
        Optional.of(find(t, "have said")), officials, List.of(pub, nbc), "reported.said-that", 0.8));
    s.add(statement(StatementKind.ACCORDING_TO, find(t, "Previous attempts by the Biden administration to "
        + "lessen illegal immigration have led to only temporarily decreased crossings, and Homeland Security "
        + "Secretary Alejandro Mayorkas and Secretary of State Antony Blinken traveled to Mexico last month to "
        + "ask Mexican President Andrés Manuel López Obrador to provide assistance"),
        Optional.of(find(t, "according to", 1)),
        speaker("NBC News", SpeakerType.OUTLET, Optional.of(find(t, "NBC.", 0)).map(x -> Span.of(t, x.begin(),
            x.end() - 1)), Optional.empty()), List.of(pub), "according-to.trailing", 0.9));
    s.add(statement(StatementKind.INDIRECT, find(t, "for the US to approve an initiative that would send $20 "
        + "billion to Latin American and Caribbean countries in addition to stopping any sanctions against "
        + "Venezuela, ending the US blockade of Cuba, and giving at least 10 million Hispanic illegal immigrants "
        + "the ability to stay in the country and work legally"),
        Optional.of(find(t, "called on")), amlo, List.of(pub, nbc), "reported.called-for", 0.7));
    s.add(statement(StatementKind.ACCORDING_TO, find(t, "A record-high of 300,000 illegal immigrants were "
        + "processed by Customs and Border Protection in December"),
        Optional.of(find(t, "per NBC")).map(x -> Span.of(t, x.begin(), x.begin() + 3)),
        speaker("NBC News", SpeakerType.OUTLET, Optional.of(find(t, "NBC.", 1)).map(x -> Span.of(t, x.begin(),
            x.end() - 1)), Optional.empty()), List.of(pub), "according-to.per", 0.9));
    s.add(statement(StatementKind.MIXED, find(t, "the Mexican president \u201chas a very ambitious agenda. For some "
        + "of these things, we would need Congress to act. We share the vision that we need to lift up the "
        + "region.\u201d"), Optional.of(find(t, "told")), official, List.of(pub, nbc), "reported.told", 0.85));
    s.add(statement(StatementKind.INDIRECT, find(t, "Mexico holds significant leverage in the negotiations"),
        Optional.of(find(t, "have reportedly said")), both, List.of(pub, nbc), "reported.said-that", 0.75));
    s.add(statement(StatementKind.ACCORDING_TO, find(t, "L\u00f3pez Obrador\u2019s administration also hopes that Joe "
        + "Biden wins re-election in November"), Optional.of(find(t, "according to", 2)),
        speaker("NBC News", SpeakerType.OUTLET, Optional.of(find(t, "the outlet")), Optional.empty()),
        List.of(pub), "according-to.trailing", 0.9));
    return new Report(article, s);
  }
}
