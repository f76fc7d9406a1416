package org.opensms.sms.subscriber.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (sms-ejb's pom, phase process-classes): compiles every {@code *.jrxml} of a folder into a
 * {@code .jasper} with the JDK's own compiler ({@code javax.tools}), so that the server loads precompiled reports
 * and needs no report compiler (no ECJ in the EAR). Not used at run time.
 * <pre>java -cp &lt;compile classpath&gt; ...ReportCompiler &lt;jrxml folder&gt; &lt;output folder&gt;</pre>
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <jrxml folder> <output folder>");
        }
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        DefaultJasperReportsContext.getInstance().setProperty("net.sf.jasperreports.compiler.java",
                "net.sf.jasperreports.engine.design.JRJdk13Compiler");
        List<Path> designs;
        try (Stream<Path> files = Files.list(from)) {
            designs = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path design : designs) {
            String name = design.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path target = to.resolve(name);
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(design)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(design.toString(), target.toString());
            System.out.println("[reports] compiled " + design.getFileName() + " -> " + target);
        }
    }
}
