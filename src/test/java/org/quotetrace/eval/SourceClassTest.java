package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceClassTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | MISSING",
      "He | PRONOUN",
      "who | PRONOUN",
      "The New York Post | OUTLET",
      "a new CNN poll | OUTLET",
      "a senior Biden administration official | ANONYMOUS",
      "people familiar with the talks | ANONYMOUS",
      "Two aides | ANONYMOUS",
      "spokesman Josh Earnest | PERSON",
      "Hillary Clinton | PERSON",
      "critics | OTHER",
  })
  void of_goldSourceText_givesItsClass(String source, SourceClass expected) {
    assertEquals(expected, SourceClass.of(source));
  }
}
