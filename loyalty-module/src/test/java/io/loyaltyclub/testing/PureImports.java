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

/** Lists the imports of a package's sources that are neither the JDK nor the club's own exception. */
public final class PureImports {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("java\\..*|io\\.loyaltyclub\\.LoyaltyException");

    private final int files;
    private final List<String> offending;

    private PureImports(int files, List<String> offending) {
        this.files = files;
        this.offending = offending;
    }

    /** Reads {@code src/main/java/io/loyaltyclub/<packageDir>/*.java}. */
    public static PureImports of(String packageDir) throws IOException {
        Path sources = Paths.get("src/main/java/io/loyaltyclub", packageDir);
        List<String> offending = new ArrayList<>();
        int files = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(sources, "*.java")) {
            for (Path source : all) {
                files++;
                Matcher imports = IMPORT.matcher(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
                while (imports.find()) {
                    if (!ALLOWED.matcher(imports.group(2)).matches()) {
                        offending.add(source.getFileName() + ": " + imports.group(2));
                    }
                }
            }
        }
        return new PureImports(files, offending);
    }

    public int files() {
        return files;
    }

    /** "File.java: some.imported.Type" for each import outside the JDK. */
    public List<String> offending() {
        return offending;
    }
}
