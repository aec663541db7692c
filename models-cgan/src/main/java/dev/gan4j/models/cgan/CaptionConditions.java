package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.CaptionFormat;
import dev.gan4j.core.condition.ClassNames;
import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.condition.Vocabulary;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Captions as conditions: token ids [N, maxTokens], left-aligned and padded with 0, encoded by a
 * {@link BagOfWordsEncoder}. In training each example of class k is paired with one of k's
 * training captions, drawn at random (and augmented as {@link CaptionAugmentation} says); the
 * vocabulary holds the words of the training captions only. A user's text keeps its known words
 * and leaves the others out; a label asks for the class's first training caption
 * ({@link CaptionFormat}).
 */
final class CaptionConditions implements ConditionSource {
    private final CaptionSet captions;
    private final CaptionFormat format;
    private final int size;
    private final CaptionAugmentation augmentation;
    private final List<List<int[]>> encoded = new ArrayList<>();

    /**
     * @param maxTokens     the longest caption the model reads, in words
     * @param size          the size of a word embedding and of an encoded caption
     * @param wordDropout   the probability that a word of a training caption is left out in training
     * @param captionMixing the probability that a training condition mixes two captions of its class
     * @throws IllegalArgumentException when the captions do not fit the classes or a caption is too long
     */
    CaptionConditions(ClassNames names, CaptionSet captions, int maxTokens, int size, double wordDropout,
                      double captionMixing) {
        if (captions.classes() != names.size()) {
            throw new IllegalArgumentException(captions.source() + " has captions for " + captions.classes()
                    + " classes, but the data has " + names.size() + ".");
        }
        this.captions = captions;
        Vocabulary vocabulary = Vocabulary.of(captions.allTraining());
        this.size = size;
        this.augmentation = new CaptionAugmentation(wordDropout, captionMixing, maxTokens);
        List<String> labelCaptions = new ArrayList<>();
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
            labelCaptions.add(captions.training(k).get(0));
        }
        this.format = new CaptionFormat(names, vocabulary, maxTokens, labelCaptions);
    }

    /** The vocabulary of the training captions. */
    Vocabulary vocabulary() {
        return format.vocabulary();
    }

    /** The caption set. */
    CaptionSet captions() {
        return captions;
    }

    @Override
    public ConditionFormat format() {
        return format;
    }

    /**
     * One training caption per example, drawn from {@code rng} in example order, with the words of
     * a second caption mixed in and words left out as the config asks.
     */
    @Override
    public Tensor forClasses(int[] classes, Rng rng) {
        int maxTokens = format.maxTokens();
        float[] tokens = new float[classes.length * maxTokens];
        for (int i = 0; i < classes.length; i++) {
            format.write(augmentation.draw(encoded.get(classes[i]), rng), tokens, i);
        }
        return Tensor.of(tokens, classes.length, maxTokens);
    }

    @Override
    public Layer newEncoder(Rng rng) {
        return new BagOfWordsEncoder(format.vocabulary().size(), size, size, rng);
    }

    @Override
    public int encodedSize() {
        return size;
    }
}
