// JShell startup for quotetrace: jshell --class-path target/quotetrace.jar --startup DEFAULT --startup examples/quotetrace.jsh
import org.quotetrace.*;
import org.quotetrace.export.*;
import java.nio.file.*;
System.out.println("quotetrace: var tracer = QuoteTracer.english();  // loads the models, about 7 s");
System.out.println("            tracer.trace(Article.read(Path.of(\"seeds/postmillennial-mexico-amnesty.txt\"))).statements()");
