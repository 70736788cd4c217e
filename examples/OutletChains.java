import java.util.Map;
import java.util.TreeMap;
import org.quotetrace.QuoteTracer;
import org.quotetrace.Report;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;

/**
 * Counts, for a short article written in code, which outlets each statement passed through.
 *
 * <p>Run: {@code java -cp target/quotetrace.jar examples/OutletChains.java}
 */
public class OutletChains {
  public static void main(String[] args) {
    String text = """
        Senate passes farm bill

        By Ann Example – The Example Times

        The Senate passed the farm bill on Thursday, according to NBC. A senior Senate aide told NBC \
        that the House would vote next week. The bill costs $900 billion, per NBC News.
        """;
    Report report = QuoteTracer.english().trace(text);
    Map<String, Integer> byChain = new TreeMap<>();
    for (Statement s : report.statements()) {
      byChain.merge(s.chainText(), 1, Integer::sum);
    }
    byChain.forEach((chain, n) -> System.out.println(n + "  " + chain));
    long anonymous = report.statements().stream()
        .filter(s -> s.speaker().type() == SpeakerType.ANONYMOUS).count();
    System.out.println("anonymous sources: " + anonymous);
  }
}
