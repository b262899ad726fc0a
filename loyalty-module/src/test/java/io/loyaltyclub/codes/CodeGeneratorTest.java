package io.loyaltyclub.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class CodeGeneratorTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertThat(CodeGenerator.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        assertThat(CodeGenerator.ALPHABET).hasSize(31);
        assertThat(new HashSet<Character>(chars(CodeGenerator.ALPHABET))).hasSize(31);
    }

    @Test
    void aCodeIsThePrefixADashAndTenCharactersOfTheAlphabetCarryingAtLeastFortyBits() {
        CodeGenerator generator = CodeGenerator.secure();
        assertThat(generator.bits()).isGreaterThanOrEqualTo(40.0).isCloseTo(49.5, org.assertj.core.data.Offset.offset(0.1));
        for (int i = 0; i < 1000; i++) {
            String code = generator.next("shop");
            assertThat(code).matches("SHOP-[" + CodeGenerator.ALPHABET + "]{10}");
        }
        assertThat(generator.next("")).matches("[" + CodeGenerator.ALPHABET + "]{10}");
    }

    @Test
    void fewerThanFortyBitsAreRefused() {
        assertThat(CodeGenerator.bits(8)).isLessThan(40.0);
        assertThat(CodeGenerator.bits(9)).isGreaterThan(40.0);
        assertThatThrownBy(() -> new CodeGenerator(new Random(), 8)).isInstanceOf(IllegalArgumentException.class);
        new CodeGenerator(new Random(), 9);
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUpAboutEquallyOften() {
        CodeGenerator generator = new CodeGenerator(new Random(7), 10);
        int[] counts = new int[128];
        for (int i = 0; i < 31000; i++) {
            for (char c : generator.next("").toCharArray()) {
                counts[c]++;
            }
        }
        for (char c : CodeGenerator.ALPHABET.toCharArray()) {
            assertThat(counts[c]).as("draws of %s", c).isBetween(9000, 11000);
        }
    }

    @Test
    void codesAlreadyTakenOrDrawnTwiceAreDrawnAgain() {
        // A source that repeats itself: the first code comes out twice, then a taken one, then fresh ones.
        Random repeating = new Random() {
            private static final long serialVersionUID = 1L;
            private int calls;

            @Override
            public int nextInt(int bound) {
                int code = calls++ / 10;
                return (code < 2 ? 0 : code) % bound;
            }
        };
        CodeGenerator generator = new CodeGenerator(repeating, 10);
        String first = "X-2222222222";
        Set<String> taken = new HashSet<String>(Arrays.asList("X-4444444444"));
        Set<String> codes = generator.unique("X", 3, taken::contains);
        assertThat(codes).hasSize(3).contains(first).doesNotContain("X-4444444444");
    }

    @Test
    void aSourceThatKeepsCollidingIsAnErrorNotALoop() {
        CodeGenerator stuck = new CodeGenerator(new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public int nextInt(int bound) {
                return 0;
            }
        }, 10);
        assertThatThrownBy(() -> stuck.unique("X", 2, c -> false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prefixesAreLettersAndDigitsAndTypedCodesAreNormalized() {
        assertThat(CodeGenerator.prefix(" club ")).isEqualTo("CLUB");
        assertThatThrownBy(() -> CodeGenerator.prefix("no-dash")).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> CodeGenerator.prefix("ABCDEFGHIJKLM")).isInstanceOf(LoyaltyException.class);
        assertThat(CodeGenerator.normalize("  club-abc23 ")).isEqualTo("CLUB-ABC23");
        assertThat(CodeGenerator.normalize(null)).isEmpty();
    }

    private static java.util.List<Character> chars(String s) {
        java.util.List<Character> list = new java.util.ArrayList<Character>();
        for (char c : s.toCharArray()) {
            list.add(c);
        }
        return list;
    }
}
