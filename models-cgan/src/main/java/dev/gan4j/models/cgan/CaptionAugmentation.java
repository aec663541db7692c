package dev.gan4j.models.cgan;

import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a training caption becomes a condition: with probability {@code mixing} the words of a second
 * caption of the same class join the first (each word once), then each word is left out with
 * probability {@code dropout}, keeping at least one, and random words go until at most
 * {@code maxTokens} remain. With both probabilities 0 the caption is used as it is and nothing is
 * drawn, so a model trained without augmentation sees the same random numbers as before it existed.
 *
 * <p>Why: the text encoder averages word embeddings, and a held-out wording of a class is a new
 * combination of that class's words. Training on subsets and mixtures of the class's captions
 * teaches what each word means on its own, so new combinations land where the class is.
 *
 * @param dropout   the probability that a word is left out
 * @param mixing    the probability that two captions of the class are mixed
 * @param maxTokens the most words a condition holds
 */
record CaptionAugmentation(double dropout, double mixing, int maxTokens) {
    /** Checks the probabilities. */
    CaptionAugmentation {
        if (!(dropout >= 0 && dropout <= 1) || !(mixing >= 0 && mixing <= 1)) {
            throw new IllegalArgumentException("Word dropout and caption mixing are probabilities from 0 to 1, but were "
                    + dropout + " and " + mixing + ".");
        }
    }

    /** Whether the captions are used unchanged. */
    boolean isIdentity() {
        return dropout == 0 && mixing == 0;
    }

    /** The token ids of one training condition from the encoded training captions of one class. */
    int[] draw(List<int[]> ofClass, Rng rng) {
        int[] first = ofClass.get(rng.nextInt(ofClass.size()));
        if (isIdentity()) {
            return first;
        }
        Set<Integer> words = new LinkedHashSet<>();
        for (int id : first) {
            words.add(id);
        }
        if (mixing > 0 && rng.nextDouble() < mixing) {
            for (int id : ofClass.get(rng.nextInt(ofClass.size()))) {
                words.add(id);
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<Integer> all = new ArrayList<>(words);
        for (int id : all) {
            if (dropout == 0 || rng.nextDouble() >= dropout) {
                kept.add(id);
            }
        }
        if (kept.isEmpty()) {
            kept.add(all.get(rng.nextInt(all.size())));
        }
        while (kept.size() > maxTokens) {
            kept.remove(rng.nextInt(kept.size()));
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }
}
