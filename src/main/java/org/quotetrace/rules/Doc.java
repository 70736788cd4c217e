package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/** A parsed article with what the rules ask of it often: quotations, paragraphs, phrase extents. */
final class Doc {
  final ParsedText p;
  final String text;
  final List<QuoteFinder.Quote> quotes;
  /** Character offsets where paragraphs begin, ascending. */
  private final int[] paragraphStarts;

  /** Dependents that are not part of a noun phrase naming a speaker. */
  private static final Set<String> NOT_IN_NAME = Set.of("acl:relcl", "acl", "appos", "punct", "parataxis", "cc",
      "advcl", "ccomp", "dep", "xcomp", "dislocated", "orphan", "case", "mark", "advmod");

  Doc(ParsedText p) {
    this.p = p;
    this.text = p.text();
    this.quotes = QuoteFinder.find(text);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j < text.length()) {
          starts.add(j);
        }
        i = j - 1;
      }
    }
    paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  Token tok(int i) {
    return p.token(i);
  }

  int size() {
    return p.tokens().size();
  }

  /** The paragraph (line) a character offset belongs to. */
  int paragraphOf(int offset) {
    int lo = 0;
    int hi = paragraphStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paragraphStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The character offset where a paragraph begins. */
  int paragraphStart(int paragraph) {
    return paragraphStarts[paragraph];
  }

  /** The index just past the last token of token {@code t}'s paragraph. */
  int paragraphEnd(int t) {
    int para = paragraphOf(tok(t).begin());
    int end = t;
    while (end < size() && paragraphOf(tok(end).begin()) == para) {
      end++;
    }
    return end;
  }

  /** The quotation containing a character offset, or null. */
  QuoteFinder.Quote quoteAt(int offset) {
    for (QuoteFinder.Quote q : quotes) {
      if (q.contains(offset)) {
        return q;
      }
    }
    return null;
  }

  boolean insideQuote(int token) {
    return quoteAt(tok(token).begin()) != null;
  }

  /** Token range {@code [first, end)} of the noun phrase headed by {@code head}, without clauses and appositions. */
  int[] phrase(int head) {
    int first = head;
    int end = head + 1;
    for (int c : p.children(head)) {
      String r = p.relation(c);
      if (NOT_IN_NAME.contains(r) || r.startsWith("acl")) {
        continue;
      }
      first = Math.min(first, p.subtreeFirst(c));
      end = Math.max(end, p.subtreeEnd(c));
    }
    // Trim punctuation and quotation marks at the edges.
    while (first < end - 1 && isEdgePunct(first)) {
      first++;
    }
    while (end - 1 > first && isEdgePunct(end - 1)) {
      end--;
    }
    return new int[] {first, end};
  }

  private boolean isEdgePunct(int t) {
    String pos = tok(t).pos();
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
        || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH");
  }

  /** Character range of a token subtree, trimmed of edge punctuation. */
  int[] subtreeChars(int head) {
    int first = p.subtreeFirst(head);
    int end = p.subtreeEnd(head);
    return trimChars(first, end);
  }

  /** Character range of tokens {@code [first, end)}, trimmed of edge commas and dashes (not quotation marks). */
  int[] trimChars(int first, int end) {
    while (first < end - 1 && isSeparator(first)) {
      first++;
    }
    while (end - 1 > first && isSeparator(end - 1)) {
      end--;
    }
    return new int[] {tok(first).begin(), tok(end - 1).end()};
  }

  private boolean isSeparator(int t) {
    String pos = tok(t).pos();
    String w = tok(t).word();
    return pos.equals(",") || pos.equals(":") || w.equals("—") || w.equals("–") || w.equals("--");
  }

  /** The first child of {@code head} before it whose lemma is {@code lemma} ({@code for}, {@code as}), or -1. */
  int childBefore(int head, String lemma) {
    for (int c : p.children(head)) {
      if (tok(c).lemma().equals(lemma) && c < head) {
        return c;
      }
    }
    return -1;
  }
}
