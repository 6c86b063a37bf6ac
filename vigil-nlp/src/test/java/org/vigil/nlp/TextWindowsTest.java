package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWindowsTest {
    private static void assertCovers(String text, List<TextWindows.Window> windows, int max) {
        assertThat(windows.get(0).begin()).isZero();
        assertThat(windows.get(windows.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < windows.size(); i++) {
            assertThat(windows.get(i).end() - windows.get(i).begin()).isBetween(1, max);
            if (i > 0) {
                assertThat(windows.get(i).begin()).isEqualTo(windows.get(i - 1).end());
            }
        }
    }

    @Test
    void aShortTextIsOneWindow() {
        assertThat(TextWindows.of("Talks resumed.", 100)).containsExactly(new TextWindows.Window(0, 14));
        assertThat(TextWindows.of("", 100)).containsExactly(new TextWindows.Window(0, 0));
    }

    @Test
    void windowsEndAtAParagraphBreakWhenThereIsOne() {
        String paragraph = "Turkey and Greece agreed to resume talks. Ministers met in Athens.\n\n";
        String text = paragraph.repeat(20);

        List<TextWindows.Window> windows = TextWindows.of(text, 300);

        assertCovers(text, windows, 300);
        assertThat(windows.subList(0, windows.size() - 1))
                .allSatisfy(w -> assertThat(text.substring(w.begin(), w.end())).endsWith("\n\n"));
    }

    @Test
    void withoutParagraphsWindowsEndAfterASentence() {
        String text = "Turkey and Greece agreed to resume talks. Ministers met in Athens. ".repeat(20);

        List<TextWindows.Window> windows = TextWindows.of(text, 300);

        assertCovers(text, windows, 300);
        assertThat(windows.subList(1, windows.size()))
                .allSatisfy(w -> assertThat(text.charAt(w.begin())).isIn('T', 'M'));
    }

    @Test
    void textWithoutAnyBreakIsCutAtTheLimitAndNeverInsideASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(500);

        List<TextWindows.Window> windows = TextWindows.of(text, 301);

        assertCovers(text, windows, 301);
        assertThat(windows).allSatisfy(w -> assertThat(Character.isLowSurrogate(text.charAt(w.begin()))).isFalse());
    }
}
