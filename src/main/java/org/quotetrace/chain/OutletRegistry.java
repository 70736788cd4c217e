package org.quotetrace.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outlets one article names, with each outlet's names merged into one: "NBC" and "NBC News" are one
 * outlet, named by its most complete name. Also answers "the outlet" with the outlet last named before it.
 * Built once per article; not shared between threads.
 */
public final class OutletRegistry {
  private final OutletDirectory directory;
  private final List<Outlet> outlets = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();

  /** An outlet of this article, with every name it goes by. */
  private static final class Outlet {
    final List<String> names = new ArrayList<>();
    String canonical;
  }

  private record Citation(int offset, Outlet outlet) {}

  public OutletRegistry(OutletDirectory directory) {
    this.directory = directory;
  }

  /** Records that the text names outlet {@code name} at character {@code offset}. */
  public void cite(String name, int offset) {
    Outlet o = find(name).orElseGet(() -> {
      Outlet fresh = new Outlet();
      outlets.add(fresh);
      return fresh;
    });
    o.names.add(name);
    o.canonical = best(o);
    citations.add(new Citation(offset, o));
    citations.sort((a, b) -> Integer.compare(a.offset, b.offset));
  }

  /** The canonical name of the outlet called {@code name}; {@code name} itself if it was never cited. */
  public String canonical(String name) {
    return find(name).map(o -> o.canonical).orElseGet(() -> directory.known(name).orElse(name));
  }

  /** The canonical name of the outlet named last before {@code offset}, if any. */
  public Optional<String> lastBefore(int offset) {
    Outlet last = null;
    for (Citation c : citations) {
      if (c.offset >= offset) {
        break;
      }
      last = c.outlet;
    }
    return Optional.ofNullable(last).map(o -> o.canonical);
  }

  private Optional<Outlet> find(String name) {
    for (Outlet o : outlets) {
      for (String n : o.names) {
        if (sameOutlet(n, name)) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether two names name one outlet: the same known outlet, or one is the other plus outlet words. */
  boolean sameOutlet(String a, String b) {
    String ka = OutletDirectory.key(a);
    String kb = OutletDirectory.key(b);
    if (ka.equals(kb)) {
      return true;
    }
    Optional<String> ca = directory.known(a);
    if (ca.isPresent() && ca.equals(directory.known(b))) {
      return true;
    }
    return extendsWithOutletWords(ka, kb) || extendsWithOutletWords(kb, ka);
  }

  private static boolean extendsWithOutletWords(String shorter, String longer) {
    if (!longer.startsWith(shorter + " ")) {
      return false;
    }
    for (String w : longer.substring(shorter.length() + 1).split(" ")) {
      if (!OutletDirectory.OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private String best(Outlet o) {
    for (String n : o.names) {
      Optional<String> k = directory.known(n);
      if (k.isPresent()) {
        return k.get();
      }
    }
    String best = o.names.get(0);
    for (String n : o.names) {
      if (n.length() > best.length()) {
        best = n;
      }
    }
    return best;
  }
}
