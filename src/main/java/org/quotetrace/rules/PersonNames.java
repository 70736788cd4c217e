package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.parse.Token;

/**
 * The full names of the people an article names, so that a speaker coreference left as "Trump" is named
 * "Donald Trump" like the rest of the article's statements. A short name is completed only when exactly one
 * full name in the article contains all its words ("Clinton" stays "Clinton" in an article about Hillary
 * and Bill Clinton).
 */
final class PersonNames {
  private final List<String> fullNames;

  private PersonNames(List<String> fullNames) {
    this.fullNames = fullNames;
  }

  static PersonNames of(Doc d) {
    Set<String> names = new LinkedHashSet<>();
    List<Token> ts = d.p.tokens();
    for (int i = 0; i < ts.size(); i++) {
      if (!ts.get(i).ner().equals("PERSON")) {
        continue;
      }
      int end = i;
      while (end < ts.size() && ts.get(end).ner().equals("PERSON") && ts.get(end).sentence() == ts.get(i).sentence()) {
        end++;
      }
      if (end - i >= 2) {
        names.add(d.p.textOf(i, end));
      }
      i = end - 1;
    }
    return new PersonNames(new ArrayList<>(names));
  }

  /** The speaker under the one full name of the article that contains its name, if there is exactly one. */
  Speaker complete(Speaker s) {
    if (s.type() != SpeakerType.PERSON) {
      return s;
    }
    List<String> words = words(s.name());
    String match = null;
    for (String full : fullNames) {
      List<String> fw = words(full);
      if (fw.size() > words.size() && fw.containsAll(words)) {
        if (match != null && !words(match).containsAll(fw) && !fw.containsAll(words(match))) {
          return s; // two different people share the name
        }
        match = match == null || full.length() > match.length() ? full : match;
      }
    }
    return match == null ? s : new Speaker(match, s.type(), s.mention(), s.role());
  }

  private static List<String> words(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").split("[\\s.]+"));
  }
}
