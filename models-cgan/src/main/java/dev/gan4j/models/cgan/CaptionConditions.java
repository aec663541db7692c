package dev.gan4j.models.cgan;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Captions as conditions: token ids [N, maxTokens], left-aligned and padded with 0, encoded by a
 * {@link BagOfWordsEncoder}. In training each example of class k is paired with one of k's
 * training captions, drawn at random; the vocabulary holds the words of the training captions
 * only. A user's text keeps its known words and leaves the others out; a label asks for the
 * class's first training caption.
 */
final class CaptionConditions implements ConditionSource {
    /** The exported input's name. */
    static final String INPUT = "tokens";

    private final ClassNames names;
    private final CaptionSet captions;
    private final Vocabulary vocabulary;
    private final int maxTokens;
    private final int size;
    private final List<List<int[]>> encoded = new ArrayList<>();

    /**
     * @param maxTokens the longest caption the model reads, in words
     * @param size      the size of a word embedding and of an encoded caption
     * @throws IllegalArgumentException when the captions do not fit the classes or a caption is too long
     */
    CaptionConditions(ClassNames names, CaptionSet captions, int maxTokens, int size) {
        if (captions.classes() != names.size()) {
            throw new IllegalArgumentException(captions.source() + " has captions for " + captions.classes()
                    + " classes, but the data has " + names.size() + ".");
        }
        this.names = names;
        this.captions = captions;
        this.vocabulary = Vocabulary.of(captions.allTraining());
        this.maxTokens = maxTokens;
        this.size = size;
        for (int k = 0; k < names.size(); k++) {
            List<int[]> ofClass = new ArrayList<>();
            for (String caption : captions.training(k)) {
                int[] ids = vocabulary.encode(caption).ids();
                if (ids.length > maxTokens) {
                    throw new IllegalArgumentException("The training caption \"" + caption + "\" of class " + k + " in "
                            + captions.source() + " has " + ids.length + " words, more than cgan.maxTokens = "
                            + maxTokens + "; raise maxTokens or shorten the caption.");
                }
                ofClass.add(ids);
            }
            encoded.add(List.copyOf(ofClass));
        }
    }

    /** The vocabulary of the training captions. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The caption set. */
    CaptionSet captions() {
        return captions;
    }

    @Override
    public ClassNames classNames() {
        return names;
    }

    /** One training caption per example, drawn from {@code rng} in example order. */
    @Override
    public Tensor forClasses(int[] classes, Rng rng) {
        float[] tokens = new float[classes.length * maxTokens];
        for (int i = 0; i < classes.length; i++) {
            List<int[]> ofClass = encoded.get(classes[i]);
            write(ofClass.get(rng.nextInt(ofClass.size())), tokens, i);
        }
        return Tensor.of(tokens, classes.length, maxTokens);
    }

    private void write(int[] ids, float[] tokens, int row) {
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
    public Layer newEncoder(Rng rng) {
        return new BagOfWordsEncoder(vocabulary.size(), size, size, rng);
    }

    @Override
    public int encodedSize() {
        return size;
    }

    @Override
    public boolean acceptsText() {
        return true;
    }

    /** The class's first training caption. */
    @Override
    public Condition label(String label, int n) {
        int k = names.parse(label);
        return new Condition(repeated(encoded.get(k).get(0), n), "label " + names.describe(k) + ", as the caption \""
                + captions.training(k).get(0) + "\"");
    }

    @Override
    public Condition text(String text, int n) {
        if (text == null || Tokeniser.words(text).isEmpty()) {
            throw new IllegalArgumentException("The text is empty" + (text == null || text.isEmpty() ? "" : " (it has no "
                    + "words, only \"" + text + "\")") + "; give a short caption such as \"" + captions.training(0).get(0)
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

    /** Sample i gets the first training caption of class i mod K. */
    @Override
    public Condition even(int n) {
        float[] tokens = new float[n * maxTokens];
        for (int i = 0; i < n; i++) {
            write(encoded.get(i % names.size()).get(0), tokens, i);
        }
        return new Condition(Tensor.of(tokens, n, maxTokens), "an even spread over the " + names.size()
                + " classes (sample i has the first training caption of class i mod " + names.size() + ")");
    }

    @Override
    public ExportedTensor exportedInput() {
        return new ExportedTensor(INPUT, ExportedTensor.ElementType.INT64, new int[] {ExportedTensor.BATCH, maxTokens},
                "the token ids of each sample's caption: its words lower-cased (hyphens and apostrophes kept inside "
                        + "words), looked up in the vocabulary, unknown words left out, left-aligned and padded with 0. "
                        + "Vocabulary: " + vocabulary.describe());
    }
}
