package io.loyaltyclub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a package's sources for the guard tests that keep the pure parts of the club free of frameworks. */
public final class PureSources {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("java\\..*|io\\.loyaltyclub\\.LoyaltyException");

    private final List<String> offending = new ArrayList<String>();
    private int files;

    private PureSources() {
    }

    /** Reads the package's sources ({@code io/loyaltyclub/...} below {@code src/main/java}). */
    public static PureSources of(String packagePath) throws IOException {
        PureSources sources = new PureSources();
        Path folder = Paths.get("src/main/java", packagePath);
        try (DirectoryStream<Path> javaFiles = Files.newDirectoryStream(folder, "*.java")) {
            for (Path source : javaFiles) {
                sources.files++;
                Matcher imports = IMPORT.matcher(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
                while (imports.find()) {
                    if (!ALLOWED.matcher(imports.group(2)).matches()) {
                        sources.offending.add(source.getFileName() + ": " + imports.group(2));
                    }
                }
            }
        }
        return sources;
    }

    public int files() {
        return files;
    }

    /** Imports of anything but the JDK and the club's own exception, as "File.java: imported.Name". */
    public List<String> foreignImports() {
        return offending;
    }
}
