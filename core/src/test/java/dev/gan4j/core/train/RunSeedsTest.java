package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Rng;
import org.junit.jupiter.api.Test;

/** The documented split order of a run's root seed. */
class RunSeedsTest {
    @Test
    void splitsFollowTheDocumentedOrder() {
        Rng root = new Rng(11);
        long init = root.split().nextLong();
        long data = root.split().nextLong();
        long noise = root.split().nextLong();
        long sampleNoise = root.split().nextLong();
        long reference = root.split().nextLong();

        RunSeeds seeds = RunSeeds.of(11);
        assertThat(seeds.initialisation().nextLong()).isEqualTo(init);
        assertThat(seeds.dataOrder().nextLong()).isEqualTo(data);
        assertThat(seeds.noise().nextLong()).isEqualTo(noise);
        assertThat(seeds.sampleNoise().nextLong()).isEqualTo(sampleNoise);
        assertThat(seeds.referenceData().nextLong()).isEqualTo(reference);
    }

    @Test
    void eachCallStartsTheSplitAfresh() {
        RunSeeds seeds = RunSeeds.of(3);
        Rng first = seeds.initialisation();
        first.nextLong();
        assertThat(seeds.initialisation().state()).isNotEqualTo(first.state());
        assertThat(seeds.initialisation().nextLong()).isEqualTo(RunSeeds.of(3).initialisation().nextLong());
    }
}
