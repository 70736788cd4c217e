package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quotetrace.testing.SharedTracer;

/** One tracer shared by many threads gives every article exactly the result it gets on one thread. */
class ConcurrencyModelTest {

  private static final String[] NAMES = {"Jane Holloway", "Tom Baker", "Maria Lopez", "Ann Lee", "Ron Daniels",
      "Amara Okafor", "Li Wei", "Sam Writer"};
  private static final String[] ROLES = {"Mayor", "Governor", "Senator", "Police Chief", ""};
  private static final String[] SAYINGS = {"We will fix the roads before winter", "Taxes will fall next year",
      "Nobody wants higher taxes", "The plan is dead", "The budget protects schools"};
  private static final String[] CLAUSES = {"the city would hire 40 officers", "crime had fallen by 10 percent",
      "the talks would resume in March"};
  private static final String[] OUTLETS = {"CNN", "NBC News", "Reuters"};

  /** 60 short articles, each traced 5 times in random order by 6 threads: 300 traces, about 30-60 s. */
  @Test
  void trace_sixThreadsSharingOneTracer_giveTheSingleThreadResults() throws Exception {
    QuoteTracer tracer = SharedTracer.get();
    Random rnd = new Random(42);
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      articles.add(article(rnd));
    }
    List<Report> expected = new ArrayList<>();
    for (String a : articles) {
      expected.add(tracer.trace(a));
    }
    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < articles.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, rnd);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int i : order) {
        futures.add(pool.submit(() -> tracer.trace(articles.get(i))));
      }
      for (int k = 0; k < order.size(); k++) {
        int i = order.get(k);
        Report got = futures.get(k).get(5, TimeUnit.MINUTES);
        assertEquals(expected.get(i).statements(), got.statements(), "article " + i + ": " + articles.get(i));
        assertEquals(expected.get(i).warnings(), got.warnings());
      }
    } finally {
      pool.shutdownNow();
    }
    long withStatements = expected.stream().filter(r -> !r.statements().isEmpty()).count();
    assertTrue(withStatements >= 50, "the articles should exercise the rules: " + withStatements + " of 60");
  }

  private static String article(Random rnd) {
    String name = pick(rnd, ROLES) + " " + pick(rnd, NAMES);
    String first = switch (rnd.nextInt(4)) {
      case 0 -> "“" + pick(rnd, SAYINGS) + ",” " + name.strip() + " said on Tuesday.";
      case 1 -> name.strip() + " said: “" + pick(rnd, SAYINGS) + ".”";
      case 2 -> name.strip() + " told " + pick(rnd, OUTLETS) + " that " + pick(rnd, CLAUSES) + ".";
      default -> "According to " + pick(rnd, OUTLETS) + ", " + pick(rnd, CLAUSES) + ".";
    };
    String second = rnd.nextBoolean() ? "" : " “" + pick(rnd, SAYINGS) + ",” " + (rnd.nextBoolean() ? "she" : "he")
        + " added.";
    return first + second;
  }

  private static String pick(Random rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }
}
