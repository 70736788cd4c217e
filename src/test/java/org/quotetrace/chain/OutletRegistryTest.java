package org.quotetrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletRegistryTest {
  private final OutletDirectory directory = OutletDirectory.english();

  @Test
  void canonical_shortAndLongNameOfOneOutlet_mergeToLongest() {
    OutletRegistry r = new OutletRegistry(directory);
    r.cite("NBC", 10);
    r.cite("NBC News", 50);
    assertEquals("NBC News", r.canonical("NBC"));
  }

  @Test
  void canonical_unknownOutletPlusOutletWord_merges() {
    OutletRegistry r = new OutletRegistry(directory);
    r.cite("Springfield Shopper", 0);
    r.cite("Springfield Shopper News", 40);
    assertEquals("Springfield Shopper News", r.canonical("Springfield Shopper"));
  }

  @Test
  void canonical_differentOutlets_stayApart() {
    OutletRegistry r = new OutletRegistry(directory);
    r.cite("CNN", 0);
    r.cite("NBC News", 10);
    assertEquals("CNN", r.canonical("CNN"));
  }

  @Test
  void lastBefore_theOutlet_isTheOutletNamedLastBeforeIt() {
    OutletRegistry r = new OutletRegistry(directory);
    r.cite("CNN", 0);
    r.cite("NBC", 100);
    assertEquals(Optional.of("CNN"), r.lastBefore(50));
    assertEquals(Optional.of("NBC News"), r.lastBefore(150));
    assertEquals(Optional.empty(), r.lastBefore(0));
  }

  @Test
  void isOutletName_nameEndingInOutletWord_isOutlet() {
    assertTrue(directory.isOutletName("The Des Moines Register"));
    assertTrue(directory.known("the New York Times").isPresent());
  }
}
