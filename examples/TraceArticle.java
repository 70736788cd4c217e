import java.nio.file.Path;
import org.quotetrace.Article;
import org.quotetrace.QuoteTracer;
import org.quotetrace.Report;
import org.quotetrace.Statement;

/**
 * Traces one article and prints who said what, and through whom.
 *
 * <p>Run: {@code java -cp target/quotetrace.jar examples/TraceArticle.java [FILE]} (default: the bundled article).
 */
public class TraceArticle {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "seeds/postmillennial-mexico-amnesty.txt");
    QuoteTracer tracer = QuoteTracer.english();
    Report report = tracer.trace(Article.read(file));
    System.out.println(report);
    for (Statement s : report.statements()) {
      System.out.printf("%-40s %s%n", s.speaker().name(), s.chainText());
      System.out.println("    " + s.kind().jsonName() + ": " + s.content().text());
    }
  }
}
