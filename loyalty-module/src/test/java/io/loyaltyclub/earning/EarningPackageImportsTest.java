package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;

/** The earning rules stay pure: their sources import the JDK and the club's own exception, nothing else. */
class EarningPackageImportsTest {

    private static final Path SOURCES = Paths.get("src/main/java/io/loyaltyclub/earning");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("java\\..*|io\\.loyaltyclub\\.LoyaltyException");

    @Test
    void importsOnlyTheJdk() throws IOException {
        List<String> offending = new ArrayList<>();
        int files = 0;
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(SOURCES, "*.java")) {
            for (Path source : sources) {
                files++;
                Matcher imports = IMPORT.matcher(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
                while (imports.find()) {
                    if (!ALLOWED.matcher(imports.group(2)).matches()) {
                        offending.add(source.getFileName() + ": " + imports.group(2));
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(10);
        assertThat(offending).isEmpty();
    }
}
