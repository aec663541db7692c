package dev.gan4j.core.condition;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Captions as the condition: input {@value #INPUT}, the token ids of each sample's caption
 * [N, maxTokens], its words ({@link Tokeniser}) looked up in the {@link Vocabulary}, unknown words
 * left out, left-aligned and padded with {@link Vocabulary#PADDING}. A label asks for its class's
 * label caption (the class's first training caption).
 */
public final class CaptionFormat implements ConditionFormat {
    /** The input's name. */
    public static final String INPUT = "tokens";

    private final ClassNames names;
    private final Vocabulary vocabulary;
    private final int maxTokens;
    private final List<String> labelCaptions;
    private final List<int[]> labelIds;

    /**
     * @param maxTokens     the most words a caption may have
     * @param labelCaptions the caption a label stands for, one per class
     * @throws IllegalArgumentException when there is not one label caption per class, or one has no
     *                                  known word or too many
     */
    public CaptionFormat(ClassNames names, Vocabulary vocabulary, int maxTokens, List<String> labelCaptions) {
        this.names = Objects.requireNonNull(names, "names");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("A caption format needs maxTokens of 1 or more, but got " + maxTokens + ".");
        }
        this.maxTokens = maxTokens;
        this.labelCaptions = List.copyOf(labelCaptions);
        if (this.labelCaptions.size() != names.size()) {
            throw new IllegalArgumentException("A caption format needs one label caption per class (" + names.size()
                    + "), but got " + this.labelCaptions.size() + ".");
        }
        this.labelIds = this.labelCaptions.stream().map(caption -> {
            int[] ids = vocabulary.encode(caption).ids();
            if (ids.length == 0 || ids.length > maxTokens) {
                throw new IllegalArgumentException("The label caption \"" + caption + "\" has " + ids.length
                        + " known words, but it needs 1 to " + maxTokens + ".");
            }
            return ids;
        }).toList();
    }

    /** The vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The most words a caption may have: the input's second dimension. */
    public int maxTokens() {
        return maxTokens;
    }

    /** The caption each label stands for, by class index. */
    public List<String> labelCaptions() {
        return labelCaptions;
    }

    @Override
    public ClassNames classNames() {
        return names;
    }

    @Override
    public boolean acceptsText() {
        return true;
    }

    /** The class's label caption. */
    @Override
    public Condition label(String label, int n) {
        int k = names.parse(label);
        return new Condition(repeated(labelIds.get(k), n), "label " + names.describe(k) + ", as the caption \""
                + labelCaptions.get(k) + "\"");
    }

    @Override
    public Condition text(String text, int n) {
        if (text == null || Tokeniser.words(text).isEmpty()) {
            throw new IllegalArgumentException("The text is empty" + (text == null || text.isEmpty() ? "" : " (it has no "
                    + "words, only \"" + text + "\")") + "; give a short caption such as \"" + labelCaptions.get(0)
                    + "\".");
        }
        Vocabulary.EncodedText words = vocabulary.encode(text);
        if (words.ids().length == 0) {
            throw new IllegalArgumentException("None of the words of \"" + text + "\" is known to this model (unknown: "
                    + String.join(", ", words.unknown()) + "). It knows the " + vocabulary.words().size()
                    + " words of its training captions: " + String.join(", ", vocabulary.words()) + ".");
        }
        if (words.ids().length > maxTokens) {
            throw new IllegalArgumentException("The text \"" + text + "\" has " + words.ids().length + " known words, but "
                    + "this model reads at most " + maxTokens + "; shorten it.");
        }
        String description = "text \"" + text + "\"" + (words.unknown().isEmpty() ? ""
                : " (unknown words left out: " + String.join(", ", words.unknown()) + ")");
        return new Condition(repeated(words.ids(), n), description);
    }

    /** Sample i gets the label caption of class i mod K. */
    @Override
    public Condition even(int n) {
        float[] tokens = new float[n * maxTokens];
        for (int i = 0; i < n; i++) {
            write(labelIds.get(i % names.size()), tokens, i);
        }
        return new Condition(Tensor.of(tokens, n, maxTokens), "an even spread over the " + names.size()
                + " classes (sample i has the first training caption of class i mod " + names.size() + ")");
    }

    /** The ids written into row {@code row} of a [N, maxTokens] token array, padding after them. */
    public void write(int[] ids, float[] tokens, int row) {
        if (ids.length > maxTokens) {
            throw new IllegalArgumentException("A caption of " + ids.length + " tokens does not fit maxTokens = "
                    + maxTokens + ".");
        }
        for (int t = 0; t < ids.length; t++) {
            tokens[row * maxTokens + t] = ids[t];
        }
    }

    private Tensor repeated(int[] ids, int n) {
        float[] tokens = new float[n * maxTokens];
        for (int i = 0; i < n; i++) {
            write(ids, tokens, i);
        }
        return Tensor.of(tokens, n, maxTokens);
    }

    @Override
    public ExportedTensor input() {
        return new ExportedTensor(INPUT, ExportedTensor.ElementType.INT64, new int[] {ExportedTensor.BATCH, maxTokens},
                "the token ids of each sample's caption: its words lower-cased (hyphens and apostrophes kept inside "
                        + "words), looked up in the vocabulary, unknown words left out, left-aligned and padded with 0. "
                        + "The vocabulary (" + vocabulary.size() + " ids, 0 is padding) is in the model metadata "
                        + ConditionMetadata.VOCABULARY + ".");
    }

    @Override
    public Map<String, String> metadata() {
        return ConditionMetadata.write(this);
    }
}
