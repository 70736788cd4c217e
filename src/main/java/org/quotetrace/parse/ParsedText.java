package org.quotetrace.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text with its linguistic analysis, independent of the NLP library that produced it: tokens,
 * sentences, one basic dependency tree per sentence and coreference clusters. Immutable.
 */
public final class ParsedText {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;
  private final Map<Integer, List<Mention>> clusters;

  public ParsedText(String text, List<Token> tokens, List<Sentence> sentences, List<Dependency> dependencies,
      List<Mention> mentions) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    int n = tokens.size();
    head = new int[n];
    Arrays.fill(head, -1);
    relation = new String[n];
    Arrays.fill(relation, "root");
    List<List<Integer>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    for (Dependency d : dependencies) {
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        kids.get(d.governor()).add(d.dependent());
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(n);
    for (List<Integer> k : kids) {
      Collections.sort(k);
      frozen.add(List.copyOf(k));
    }
    children = List.copyOf(frozen);
    clusters = byCluster(this.mentions);
  }

  private ParsedText(ParsedText parse, List<Mention> mentions) {
    this.text = parse.text;
    this.tokens = parse.tokens;
    this.sentences = parse.sentences;
    this.head = parse.head;
    this.relation = parse.relation;
    this.children = parse.children;
    this.mentions = List.copyOf(mentions);
    this.clusters = byCluster(this.mentions);
  }

  private static Map<Integer, List<Mention>> byCluster(List<Mention> mentions) {
    Map<Integer, List<Mention>> byCluster = new HashMap<>();
    for (Mention m : mentions) {
      byCluster.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m);
    }
    byCluster.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(byCluster);
  }

  /** The same parse with other coreference mentions. */
  public ParsedText withMentions(List<Mention> mentions) {
    return new ParsedText(this, mentions);
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentenceOf(int token) {
    return sentences.get(tokens.get(token).sentence());
  }

  /** All coreference mentions, in text order. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** The mentions of one cluster, in text order. */
  public List<Mention> cluster(int id) {
    return clusters.getOrDefault(id, List.of());
  }

  /** The head of {@code token} in its dependency tree, or -1 at the root. */
  public int head(int token) {
    return head[token];
  }

  /** The relation from {@code token} to its head ({@code root} at the root). */
  public String relation(int token) {
    return relation[token];
  }

  /** The dependents of {@code token}, in text order. */
  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** The first dependent of {@code token} with relation {@code rel} (exact, or with a subtype), or -1. */
  public int child(int token, String rel) {
    for (int c : children.get(token)) {
      if (hasRelation(c, rel)) {
        return c;
      }
    }
    return -1;
  }

  /** Whether {@code token}'s relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
  public boolean hasRelation(int token, String rel) {
    String r = relation[token];
    return r.equals(rel) || (r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':');
  }

  /** The first token of {@code token}'s subtree. */
  public int subtreeFirst(int token) {
    int first = token;
    for (int c : children.get(token)) {
      first = Math.min(first, subtreeFirst(c));
    }
    return first;
  }

  /** The token just past {@code token}'s subtree. */
  public int subtreeEnd(int token) {
    int last = token;
    for (int c : children.get(token)) {
      last = Math.max(last, subtreeEnd(c) - 1);
    }
    return last + 1;
  }

  /** Whether {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    for (int t = token; t >= 0; t = head[t]) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The character offset where token {@code first} begins. */
  public int beginOf(int first) {
    return tokens.get(first).begin();
  }

  /** The character offset where token {@code end - 1} ends. */
  public int endOf(int end) {
    return tokens.get(end - 1).end();
  }

  /** The text of tokens {@code [first, end)}. */
  public String textOf(int first, int end) {
    return text.substring(beginOf(first), endOf(end));
  }

  @Override
  public String toString() {
    return "ParsedText[" + tokens.size() + " tokens, " + sentences.size() + " sentences, "
        + clusters.size() + " coref clusters]";
  }
}
