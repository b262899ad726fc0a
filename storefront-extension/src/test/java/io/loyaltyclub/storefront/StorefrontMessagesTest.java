package io.loyaltyclub.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The English and Persian bundles say the same things, and every message key a template asks for exists. */
class StorefrontMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StorefrontMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = bundle("loyalty-storefront");
        Properties persian = bundle("loyalty-storefront_fa");
        assertThat(persian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.getProperty("loyalty.dir")).isEqualTo("ltr");
        assertThat(persian.getProperty("loyalty.dir")).isEqualTo("rtl");
        assertThat(persian.getProperty("loyalty.rewards.redeem")).isEqualTo("\u062f\u0631\u06cc\u0627\u0641\u062a");
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Properties english = bundle("loyalty-storefront");
        Set<String> missing = new TreeSet<String>();
        Pattern key = Pattern.compile("#\\{(loyalty\\.[A-Za-z0-9_.]+)");
        try (Stream<Path> templates = Files.list(Paths.get("src/main/resources/webTemplates/loyalty"))) {
            for (Path template : (Iterable<Path>) templates::iterator) {
                Matcher matcher = key.matcher(new String(Files.readAllBytes(template), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
