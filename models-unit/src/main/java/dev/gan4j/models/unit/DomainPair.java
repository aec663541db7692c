package dev.gan4j.models.unit;

import dev.gan4j.core.tensor.Rng;
import java.util.List;

/**
 * The two domains an iteration trains (ComboGAN draws two of N each step): drawn by the first
 * phase of an iteration from the run's noise generator, read by the others. With two domains there
 * is nothing to draw and nothing is drawn.
 */
final class DomainPair {
    private final List<String> domains;
    private String first;
    private String second;

    DomainPair(List<String> domains) {
        this.domains = List.copyOf(domains);
        this.first = domains.get(0);
        this.second = domains.get(1);
    }

    /** Draws two distinct domains uniformly, when there are more than two. */
    void draw(Rng rng) {
        int n = domains.size();
        if (n == 2) {
            return;
        }
        int i = rng.nextInt(n);
        int j = rng.nextInt(n - 1);
        if (j >= i) {
            j++;
        }
        first = domains.get(i);
        second = domains.get(j);
    }

    String first() {
        return first;
    }

    String second() {
        return second;
    }
}
