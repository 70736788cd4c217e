package org.quotetrace.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.quotetrace.Article;
import org.quotetrace.Report;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;

/**
 * Renders reports as self-contained HTML pages: who said what, highlighted in the article's own text.
 *
 * <p>{@link #render} gives one article: its text with each statement's content highlighted in its
 * speaker's colour, the cue underlined and the speaker's mention outlined; hovering, focusing or clicking
 * a highlight shows who said it and through which outlets. A side panel lists the sources by type, and
 * the outlet chains are drawn as a graph. {@link #renderIndex} gives a page linking to many.
 *
 * <p>Pages need nothing from the network: style and script are inline, fonts are the system's. The markup
 * is also well-formed XML (XHTML-compatible), so it can be checked or transformed with an XML parser.
 * Characters XML cannot carry (most control characters, unpaired surrogates) appear as U+FFFD; every
 * other character of the article appears exactly once, so a highlight's text is its statement's content.
 * This class is thread-safe.
 */
public final class HtmlExporter {
  private HtmlExporter() {}

  /** Returns the HTML page for one report. */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    Sources sources = Sources.of(report);
    Article article = report.article();
    String title = GraphExporter.title(report);
    StringBuilder sb = new StringBuilder(article.text().length() * 3 + 20_000);
    head(sb, title + " · quotetrace");
    sb.append("<body>\n<header class=\"top\"><div>\n<p class=\"brand\">quotetrace · who said what</p>\n");
    sb.append("<h1>").append(Markup.text(title)).append("</h1>\n");
    List<String> meta = new ArrayList<>();
    article.author().ifPresent(a -> meta.add("By " + Markup.text(a)));
    article.publisher().ifPresent(p -> meta.add(Markup.text(p)));
    article.date().ifPresent(d -> meta.add("<time datetime=\"" + d + "\">" + d + "</time>"));
    article.url().ifPresent(u -> meta.add("<a href=\"" + Markup.attr(u) + "\" rel=\"noopener noreferrer\">"
        + "original article</a>"));
    if (article.headline().isPresent()) {
      meta.add("<code>" + Markup.text(article.id()) + "</code>");
    }
    if (!meta.isEmpty()) {
      sb.append("<p class=\"meta\">");
      meta.forEach(m -> sb.append("<span>").append(m).append("</span>"));
      sb.append("</p>\n");
    }
    stats(sb, report, sources);
    sb.append("</div></header>\n");

    sb.append("<div class=\"layout\">\n<main class=\"main\">\n");
    sb.append("<article class=\"box text\" aria-label=\"Article text with attributed statements\">\n");
    Segmenter.render(sb, article.text(), layers(report, sources));
    sb.append("</article>\n");
    sb.append("<section class=\"box graph\" aria-labelledby=\"qt-h-graph\">\n")
        .append("<h2 id=\"qt-h-graph\">Outlet chains</h2>\n")
        .append(GraphExporter.svg(report, sources, ChainGraph.of(report, sources)))
        .append("\n</section>\n");
    statementTable(sb, report, sources);
    sb.append("</main>\n");
    panel(sb, report, sources);
    sb.append("</div>\n");
    card(sb);
    sb.append("<footer class=\"foot\"><p>Made by quotetrace. Each highlight is one attributed statement; ")
        .append("the colours follow the speaker. Offsets are UTF-16 indices into the article text.</p>")
        .append("</footer>\n");
    sb.append(PageAssets.script());
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * Returns an index page for a batch: one row per report, linking to {@code hrefOf.apply(report)} (a URL,
   * usually relative, such as {@code "postmillennial.html"}), with the most quoted sources of the batch.
   */
  public static String renderIndex(List<Report> reports, Function<Report, String> hrefOf) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(hrefOf, "hrefOf");
    StringBuilder sb = new StringBuilder(4096 + reports.size() * 600);
    head(sb, "quotetrace · " + reports.size() + " articles");
    int total = reports.stream().mapToInt(r -> r.statements().size()).sum();
    sb.append("<body>\n<header class=\"top\"><div>\n<p class=\"brand\">quotetrace · who said what</p>\n");
    sb.append("<h1>").append(reports.size()).append(reports.size() == 1 ? " article" : " articles")
        .append("</h1>\n<ul class=\"stats\"><li><b>").append(total).append("</b> statements</li></ul>\n");
    sb.append("</div></header>\n<div class=\"layout\">\n<main class=\"main\">\n");
    sb.append("<section class=\"box\" aria-labelledby=\"qt-h-articles\">\n<h2 id=\"qt-h-articles\">Articles</h2>\n");
    sb.append("<table class=\"stmts index\"><thead><tr><th scope=\"col\">Article</th>")
        .append("<th scope=\"col\" class=\"hide-narrow\">Publisher</th><th scope=\"col\" class=\"num\">Statements</th>")
        .append("<th scope=\"col\" class=\"hide-narrow\">Most quoted</th></tr></thead>\n<tbody>\n");
    Map<String, long[]> overall = new LinkedHashMap<>();
    Map<String, SpeakerType> overallTypes = new LinkedHashMap<>();
    for (Report r : reports) {
      Objects.requireNonNull(r, "report");
      String href = Objects.requireNonNull(hrefOf.apply(r), "hrefOf returned null");
      Sources sources = Sources.of(r);
      sb.append("<tr><td><a href=\"").append(Markup.attr(href)).append("\">")
          .append(Markup.text(GraphExporter.title(r))).append("</a>");
      r.article().date().ifPresent(d -> sb.append(" <small>").append(d).append("</small>"));
      sb.append("</td><td class=\"hide-narrow\">")
          .append(Markup.text(r.publisher().map(p -> p.name()).orElse("–")))
          .append("</td><td class=\"num\">").append(r.statements().size()).append("</td><td class=\"hide-narrow\">");
      int shown = 0;
      for (Map.Entry<String, Long> e : r.speakerCounts().entrySet()) {
        if (shown++ == 3) {
          break;
        }
        Sources.Source s = sources.get(e.getKey());
        sb.append("<span class=\"chip c-").append(s.color().name()).append("\">").append(Markup.text(s.name()))
            .append(" · ").append(e.getValue()).append("</span> ");
      }
      sb.append("</td></tr>\n");
      for (Statement s : r.statements()) {
        overall.computeIfAbsent(s.speaker().name(), k -> new long[2])[0]++;
        overallTypes.putIfAbsent(s.speaker().name(), s.speaker().type());
      }
      r.speakerCounts().keySet().forEach(n -> overall.get(n)[1]++);
    }
    sb.append("</tbody></table>\n</section>\n</main>\n");
    sb.append("<aside class=\"panel\" aria-label=\"Most quoted sources\">\n<section class=\"box\">\n")
        .append("<h2>Most quoted</h2>\n<ul class=\"spk\">\n");
    overall.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .limit(15)
        .forEachOrdered(e -> sb.append("<li><div class=\"item\">")
            .append("<span class=\"nm\">").append(Markup.text(e.getKey())).append("<small>")
            .append(overallTypes.get(e.getKey()).jsonName()).append(" · in ").append(e.getValue()[1])
            .append(e.getValue()[1] == 1 ? " article" : " articles").append("</small></span>")
            .append("<span class=\"ct\">").append(e.getValue()[0]).append("</span></div></li>\n"));
    sb.append("</ul>\n</section>\n</aside>\n</div>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * Writes the page for {@code report} as UTF-8 and returns the file written: {@code target} itself, or
   * {@code <article id>.html} inside it when {@code target} is a directory. Open the result in a browser.
   */
  public static Path writeTo(Report report, Path target) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(target, "target");
    Path file = Files.isDirectory(target) ? target.resolve(fileName(report.article().id())) : target;
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
    return file;
  }

  /** Returns a safe file name for an article id: letters, digits, {@code .-_} kept, the rest {@code _}. */
  static String fileName(String id) {
    StringBuilder sb = new StringBuilder();
    id.codePoints().forEach(cp -> sb.append(
        Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' ? Character.toString(cp) : "_"));
    String name = sb.toString().replaceAll("^\\.+", "_");
    return (name.isEmpty() ? Article.DEFAULT_ID : name) + ".html";
  }

  private static void head(StringBuilder sb, String title) {
    sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"generator\" content=\"quotetrace\" />\n")
        .append("<title>").append(Markup.text(title)).append("</title>\n")
        .append(PageAssets.style())
        .append("</head>\n");
  }

  private static void stats(StringBuilder sb, Report report, Sources sources) {
    Map<StatementKind, Integer> kinds = new EnumMap<>(StatementKind.class);
    report.statements().forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
    long speakers = report.statements().stream().map(s -> s.speaker().name()).distinct().count();
    sb.append("<ul class=\"stats\" aria-label=\"Summary\">");
    sb.append("<li><b>").append(report.statements().size()).append("</b> statements</li>");
    sb.append("<li><b>").append(speakers).append("</b> sources</li>");
    kinds.forEach((k, n) -> sb.append("<li><b>").append(n).append("</b> ").append(k.jsonName()).append("</li>"));
    sb.append("</ul>\n");
  }

  /** Rank of a layer kind when two end together: the content goes outside, the cue innermost. */
  private static final int CONTENT = 0;
  private static final int MENTION = 1;
  private static final int CUE = 2;

  private static List<Segmenter.Layer> layers(Report report, Sources sources) {
    List<Segmenter.Layer> layers = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    List<Statement> statements = report.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      int index = i;
      Sources.Source speaker = sources.get(s.speaker().name());
      String color = "c-" + speaker.color().name();
      String data = contentData(s, index, speaker, sources);
      String label = Markup.attr(String.format(Locale.ROOT, "Statement %d, %s, by %s", index + 1,
          s.kind().jsonName(), s.speaker().name()));
      layers.add(new Segmenter.Layer(s.content().begin(), s.content().end(), CONTENT, index,
          first -> "<mark class=\"q " + color + (first ? "" : " cont") + "\"" + data
              + (first ? " id=\"s" + index + "\" tabindex=\"0\" aria-label=\"" + label + "\"" : "") + ">",
          "</mark>"));
      // A cue or mention shared by several statements is drawn once, for the first of them.
      s.cue().filter(c -> c.length() > 0 && seen.putIfAbsent("c" + c.begin() + "," + c.end(), true) == null)
          .ifPresent(c -> layers.add(new Segmenter.Layer(c.begin(), c.end(), CUE, index,
              first -> "<span class=\"cue " + color + "\" data-stmt=\"" + index + "\">", "</span>")));
      s.speaker().mention()
          .filter(m -> m.length() > 0 && seen.putIfAbsent("m" + m.begin() + "," + m.end(), true) == null)
          .ifPresent(m -> layers.add(new Segmenter.Layer(m.begin(), m.end(), MENTION, index,
              first -> "<span class=\"who " + color + "\" data-stmt=\"" + index + "\">", "</span>")));
    }
    return layers;
  }

  private static String contentData(Statement s, int index, Sources.Source speaker, Sources sources) {
    StringBuilder sb = new StringBuilder();
    attr(sb, "data-stmt", Integer.toString(index));
    attr(sb, "data-speaker", s.speaker().name());
    attr(sb, "data-type", s.speaker().type().jsonName());
    s.speaker().role().ifPresent(r -> attr(sb, "data-role", r));
    attr(sb, "data-kind", s.kind().jsonName());
    attr(sb, "data-rule", s.rule());
    attr(sb, "data-confidence", confidence(s.confidence()));
    attr(sb, "data-begin", Integer.toString(s.content().begin()));
    attr(sb, "data-end", Integer.toString(s.content().end()));
    attr(sb, "data-chain", s.chainText());
    s.cue().ifPresent(c -> attr(sb, "data-cue", c.text()));
    attr(sb, "data-ids", sources.idsOf(s));
    return sb.toString();
  }

  private static void attr(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("=\"").append(Markup.attr(value)).append('"');
  }

  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", c);
  }

  private static final List<Group> GROUPS = List.of(
      new Group("Named people and organizations", List.of(SpeakerType.PERSON, SpeakerType.ORGANIZATION)),
      new Group("Groups", List.of(SpeakerType.GROUP)),
      new Group("Anonymous and unknown", List.of(SpeakerType.ANONYMOUS, SpeakerType.UNKNOWN)),
      new Group("Outlets", List.of(SpeakerType.OUTLET)));

  private record Group(String title, List<SpeakerType> types) {}

  private static void panel(StringBuilder sb, Report report, Sources sources) {
    sb.append("<aside class=\"panel\" aria-label=\"Sources\">\n")
        .append("<section class=\"box\" aria-labelledby=\"qt-h-sources\">\n")
        .append("<h2 id=\"qt-h-sources\">Sources</h2>\n");
    boolean any = false;
    for (Group g : GROUPS) {
      List<Sources.Source> members = sources.all().stream().filter(s -> g.types().contains(s.type()))
          .filter(s -> s.spoken() > 0 || s.relayed() > 0 || s.publisher()).toList();
      if (members.isEmpty()) {
        continue;
      }
      any = true;
      boolean outlets = g.types().contains(SpeakerType.OUTLET);
      sb.append("<h3>").append(Markup.text(g.title()))
          .append("<small>").append(members.size()).append("</small></h3>\n")
          .append("<ul class=\"spk\">\n");
      for (Sources.Source s : members) {
        int n = outlets ? s.relayed() : s.spoken();
        String sub = outlets
            ? (s.publisher() ? "publisher · " : "") + (s.spoken() > 0 ? s.spoken() + " made, " : "")
                + s.relayed() + " through"
            : s.role().orElse(s.type().jsonName());
        sb.append("<li><button type=\"button\" class=\"c-").append(s.color().name())
            .append("\" data-source=\"").append(s.id()).append("\" aria-pressed=\"false\" aria-label=\"")
            .append(Markup.attr(s.name() + ": " + n + (n == 1 ? " statement" : " statements")
                + ". Highlight in the text."))
            .append("\"><span class=\"sw").append(outlets ? " sq" : "").append("\" aria-hidden=\"true\"></span>")
            .append("<span class=\"nm\">").append(Markup.text(s.name())).append("<small>")
            .append(Markup.text(sub)).append("</small></span><span class=\"ct\" aria-hidden=\"true\">")
            .append(n).append("</span></button></li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!any) {
      sb.append("<p class=\"hint\">No attributed statements were found.</p>\n");
    } else {
      sb.append("<p class=\"hint\">Click a source to pick out its statements; click again to clear.</p>\n");
    }
    sb.append("</section>\n<section class=\"box\" aria-labelledby=\"qt-h-legend\">\n")
        .append("<h2 id=\"qt-h-legend\">How to read</h2>\n<ul class=\"legend\">\n")
        .append("<li><span class=\"ex\"><mark class=\"q c-blue\">highlight</mark></span> what was said</li>\n")
        .append("<li><span class=\"ex\"><span class=\"cue c-blue\">underline</span></span> the cue (said, told)</li>\n")
        .append("<li><span class=\"ex\"><span class=\"who c-blue\">outline</span></span>")
        .append(" who is named as speaker</li>\n")
        .append("</ul>\n<p class=\"hint\">Hover, tab to or click a highlight for details.</p>\n</section>\n</aside>\n");
  }

  private static void statementTable(StringBuilder sb, Report report, Sources sources) {
    if (report.statements().isEmpty()) {
      return;
    }
    sb.append("<section class=\"box\" aria-labelledby=\"qt-h-stmts\">\n<h2 id=\"qt-h-stmts\">Statements</h2>\n")
        .append("<table class=\"stmts\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Speaker</th>")
        .append("<th scope=\"col\" class=\"hide-narrow\">Kind</th><th scope=\"col\">What was said</th>")
        .append("<th scope=\"col\" class=\"hide-narrow\">Confidence</th></tr></thead>\n<tbody>\n");
    List<Statement> statements = report.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      Sources.Source speaker = sources.get(s.speaker().name());
      sb.append("<tr><td class=\"n\"><a href=\"#s").append(i).append("\">").append(i + 1).append("</a></td>")
          .append("<td><span class=\"chip c-").append(speaker.color().name()).append("\">")
          .append(Markup.text(s.speaker().name())).append("</span></td>")
          .append("<td class=\"kind hide-narrow\">").append(s.kind().jsonName()).append("</td>")
          .append("<td class=\"txt\">")
          .append(Markup.text(TextTable.truncate(TextTable.oneLine(s.content().text()), 140)))
          .append("</td><td class=\"n hide-narrow\">").append(confidence(s.confidence())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n</section>\n");
  }

  private static void card(StringBuilder sb) {
    sb.append("<div id=\"qt-card\" class=\"card\" role=\"status\" aria-live=\"polite\" hidden=\"hidden\">\n")
        .append("<button type=\"button\" id=\"qt-card-close\" aria-label=\"Close details\">×</button>\n")
        .append("<h2 id=\"qt-card-name\"></h2>\n<p class=\"sub\" id=\"qt-card-sub\"></p>\n<dl>\n");
    row(sb, "Kind", "kind");
    row(sb, "Cue", "cue");
    row(sb, "Chain", "chain");
    row(sb, "Rule", "rule");
    sb.append("<div class=\"row\" data-row=\"conf\"><dt>Confidence</dt><dd><span class=\"bar\">")
        .append("<span id=\"qt-card-bar\"></span></span><span id=\"qt-card-conf\"></span></dd></div>\n");
    row(sb, "Offsets", "span");
    sb.append("</dl>\n</div>\n");
  }

  private static void row(StringBuilder sb, String label, String slot) {
    sb.append("<div class=\"row\" data-row=\"").append(slot).append("\"><dt>").append(label)
        .append("</dt><dd id=\"qt-card-").append(slot).append("\"></dd></div>\n");
  }

}
