package org.quotetrace.corenlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** Silences CoreNLP's own console logging, for the command line. The library never calls this itself. */
public final class CoreNlpLogging {
  private CoreNlpLogging() {}

  /** Stops CoreNLP from printing its progress messages to the console. */
  public static void quiet() {
    RedwoodConfiguration.current().clear().apply();
  }
}
