package dev.gan4j.core.condition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words a text-conditioned model knows, each with a token id: 0 is padding, the words take
 * 1, 2, ... in alphabetical order, so the same captions always give the same ids.
 */
public final class Vocabulary {
    /** The token id of padding, which the text encoder ignores. */
    public static final int PADDING = 0;

    private final List<String> words;
    private final Map<String, Integer> ids = new HashMap<>();

    private Vocabulary(Collection<String> sortedWords) {
        this.words = List.copyOf(sortedWords);
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i + 1);
        }
    }

    /** The vocabulary of every word in {@code texts}. */
    public static Vocabulary of(Collection<String> texts) {
        TreeSet<String> all = new TreeSet<>();
        for (String text : texts) {
            all.addAll(Tokeniser.words(text));
        }
        return new Vocabulary(all);
    }

    /**
     * The vocabulary whose words take the ids 1, 2, ... in the order given, as an exported model's
     * metadata records them.
     *
     * @throws IllegalArgumentException for a blank, repeated or not-a-single-word entry
     */
    public static Vocabulary ofWords(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null || !Tokeniser.words(word).equals(List.of(word)) || words.indexOf(word) != i) {
                throw new IllegalArgumentException("Word " + (i + 1) + " of the vocabulary, \"" + word + "\", is not a "
                        + "single lower-case word as the tokeniser makes them, or it is repeated.");
            }
        }
        return new Vocabulary(words);
    }

    /** The number of token ids, padding included. */
    public int size() {
        return words.size() + 1;
    }

    /** The words, in token-id order (id 1 first). */
    public List<String> words() {
        return words;
    }

    /**
     * The text split into words and looked up.
     *
     * @return the ids of the known words in order, and the unknown words
     */
    public EncodedText encode(String text) {
        List<Integer> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> split = Tokeniser.words(text);
        for (String word : split) {
            Integer id = ids.get(word);
            if (id == null) {
                unknown.add(word);
            } else {
                known.add(id);
            }
        }
        return new EncodedText(text, split.size(), known.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(unknown));
    }

    /** The vocabulary as it goes into an exported model's metadata: {@code 0 <pad>, 1 a, 2 an, ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder("0 <pad>");
        for (int i = 0; i < words.size(); i++) {
            text.append(", ").append(i + 1).append(' ').append(words.get(i));
        }
        return text.toString();
    }

    /**
     * A text after lookup.
     *
     * @param text    the text as given
     * @param words   how many words it has
     * @param ids     the token ids of its known words, in order
     * @param unknown its words that are not in the vocabulary, in order
     */
    public record EncodedText(String text, int words, int[] ids, List<String> unknown) {
    }
}
