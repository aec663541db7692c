package dev.gan4j.core.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a short text into lower-case words: letters and digits, with hyphens and apostrophes kept
 * inside a word ({@code "T-shirt"} is the one word {@code "t-shirt"}, not "t" and "shirt", which
 * would collide with the class "shirt"). Everything else separates words.
 */
public final class Tokeniser {
    private Tokeniser() {
    }

    /** The words of {@code text}, in order; empty for a blank text. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (Character.isLetterOrDigit(ch) || ((ch == '-' || ch == '\'') && word.length() > 0)) {
                word.append(ch);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '-' || word.charAt(end - 1) == '\'')) {
            end--;
        }
        if (end > 0) {
            words.add(word.substring(0, end));
        }
        word.setLength(0);
    }
}
