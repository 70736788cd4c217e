package org.quotetrace.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;

/**
 * Everyone a report names, publisher and outlets included, each with a short id and a colour.
 *
 * <p>Colours are chosen by canonical name so that a speaker keeps its colour from one article to the
 * next; only when two speakers of one article would share a colour does the later one move on to the next
 * free colour.
 */
final class Sources {

  /** Light background and strong accent for a speaker; every accent has 4.5:1 contrast on white. */
  record Color(String name, String background, String accent) {}

  static final List<Color> PALETTE = List.of(
      new Color("blue", "#dbeafe", "#1d4ed8"),
      new Color("amber", "#fde68a", "#b45309"),
      new Color("green", "#bbf7d0", "#15803d"),
      new Color("rose", "#fecdd3", "#be123c"),
      new Color("violet", "#ddd6fe", "#6d28d9"),
      new Color("cyan", "#a5f3fc", "#0e7490"),
      new Color("orange", "#fed7aa", "#c2410c"),
      new Color("lime", "#d9f99d", "#4d7c0f"),
      new Color("pink", "#fbcfe8", "#be185d"),
      new Color("teal", "#99f6e4", "#0f766e"),
      new Color("indigo", "#c7d2fe", "#4338ca"),
      new Color("yellow", "#fef08a", "#a16207"));

  /** The colour of unknown speakers and of outlets that only pass statements on. */
  static final Color NEUTRAL = new Color("gray", "#e5e7eb", "#4b5563");

  /**
   * One named source.
   *
   * @param id a short id unique in the report ({@code p0}), safe in markup and in graph languages
   * @param name the canonical name
   * @param type the type the report first gives it
   * @param role the first role the text gives it, if any
   * @param color its colour
   * @param spoken how many statements it made
   * @param relayed how many statements passed through it as an outlet (its own included)
   * @param publisher whether it published the article
   */
  record Source(String id, String name, SpeakerType type, Optional<String> role, Color color, int spoken,
      int relayed, boolean publisher) {}

  private final Map<String, Source> byName;

  private Sources(Map<String, Source> byName) {
    this.byName = byName;
  }

  /** Collects the sources of {@code report}: the publisher first, then in order of first appearance. */
  static Sources of(Report report) {
    Objects.requireNonNull(report, "report");
    Map<String, SpeakerType> types = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, Integer> spoken = new LinkedHashMap<>();
    Map<String, Integer> relayed = new LinkedHashMap<>();
    Set<String> speakers = new LinkedHashSet<>();
    Optional<String> publisher = report.publisher().map(p -> p.name());
    publisher.ifPresent(p -> types.put(p, SpeakerType.OUTLET));
    for (Statement s : report.statements()) {
      for (Link link : s.chain()) {
        types.putIfAbsent(link.name(), link.type());
      }
      types.putIfAbsent(s.speaker().name(), s.speaker().type());
      speakers.add(s.speaker().name());
      s.speaker().role().ifPresent(r -> roles.putIfAbsent(s.speaker().name(), r));
      spoken.merge(s.speaker().name(), 1, Integer::sum);
      Set<String> through = new LinkedHashSet<>();
      s.chain().forEach(l -> through.add(l.name()));
      through.add(s.speaker().name());
      through.forEach(n -> relayed.merge(n, 1, Integer::sum));
    }
    Map<String, Color> colors = assignColors(types, speakers);
    Map<String, Source> byName = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, SpeakerType> e : types.entrySet()) {
      String name = e.getKey();
      byName.put(name, new Source("p" + i++, name, e.getValue(), Optional.ofNullable(roles.get(name)),
          colors.getOrDefault(name, NEUTRAL), spoken.getOrDefault(name, 0), relayed.getOrDefault(name, 0),
          publisher.filter(name::equals).isPresent()));
    }
    return new Sources(byName);
  }

  private static Map<String, Color> assignColors(Map<String, SpeakerType> types, Set<String> speakers) {
    Map<String, Color> colors = new LinkedHashMap<>();
    boolean[] taken = new boolean[PALETTE.size()];
    int free = PALETTE.size();
    for (String name : speakers) {
      if (types.get(name) == SpeakerType.UNKNOWN) {
        continue;
      }
      // String.hashCode is specified by the JLS, so the colour is the same on every JVM and every run.
      int slot = Math.floorMod(name.hashCode(), PALETTE.size());
      if (free > 0) {
        while (taken[slot]) {
          slot = (slot + 1) % PALETTE.size();
        }
        taken[slot] = true;
        free--;
      }
      colors.put(name, PALETTE.get(slot));
    }
    return colors;
  }

  /** The source with this canonical name. */
  Source get(String name) {
    Source s = byName.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no source named " + name);
    }
    return s;
  }

  /** All sources, the publisher first, then in order of first appearance. */
  List<Source> all() {
    return List.copyOf(byName.values());
  }

  /** The ids of every source {@code s} passed through, its speaker included, space-separated. */
  String idsOf(Statement s) {
    Set<String> ids = new LinkedHashSet<>();
    s.chain().forEach(l -> ids.add(get(l.name()).id()));
    ids.add(get(s.speaker().name()).id());
    return String.join(" ", new ArrayList<>(ids));
  }
}
