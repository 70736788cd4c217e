package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "López Obrador | Andrés Manuel López Obrador",
      "Biden | Joe Biden",
      "Joe Biden | President Biden",
      "Lopez Obrador | ANDRÉS MANUEL LÓPEZ OBRADOR",
      "Mr. Trump | Donald J. Trump",
      "Sen. Elizabeth Warren | Warren",
      "Dr. Anthony Fauci | Anthony Fauci",
      "Trump's | Donald Trump",
  })
  void sameName_fullerOrShorterForm_matches(String a, String b) {
    assertTrue(NameMatcher.sameName(a, b));
    assertTrue(NameMatcher.sameName(b, a));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Joe Biden | Hunter Biden",
      "Hillary Clinton | Bill Clinton",
      "unknown | unknown",
      "President | President",
      "Jane Doe | John Roe",
  })
  void sameName_differentPeople_doesNotMatch(String a, String b) {
    assertFalse(NameMatcher.sameName(a, b));
  }

  @Test
  void sameName_blank_matchesNothing() {
    assertFalse(NameMatcher.sameName("", "Joe Biden"));
  }

  @Property
  void sameName_isSymmetric(@ForAll String a, @ForAll String b) {
    assertTrue(NameMatcher.sameName(a, b) == NameMatcher.sameName(b, a));
  }
}
