package dev.gan4j.models.unit;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.GanFamilyContractTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Core's family contract on unpaired data of tiny grey domains of 8×8 images, each a transform of uniform noise. */
abstract class LatentTranslationContract extends GanFamilyContractTest {
    static final int SIDE = 8;
    /** Tiny encoders and decoders: 2 base channels, 2 downsamplings, 2 blocks. */
    static final String NETWORK = "{\"type\": \"shared-latent\", \"baseChannels\": 2, \"blocks\": 2}";
    static final String CRITIC = "{\"type\": \"patchgan\", \"baseChannels\": 2}";

    /** The domains' names; two by default. */
    protected List<String> domainNames() {
        return List.of("A", "B");
    }

    /** Domains of 1×8×8 images. */
    static DataSpec domains(List<String> names) {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        for (String name : names) {
            domains.put(name, new DataSpec(name.toLowerCase(java.util.Locale.ROOT), new int[] {1, SIDE, SIDE}, 0));
        }
        return DataSpec.unpaired(domains);
    }

    @Override
    protected DataSpec dataSpec() {
        return domains(domainNames());
    }

    @Override
    protected int batchSize() {
        return 4;
    }

    /** A batch of each domain: uniform images, negated in every other domain (never paired). */
    @Override
    protected Batch batch(Rng rng) {
        Map<String, Batch> batches = new LinkedHashMap<>();
        int i = 0;
        for (String name : domainNames()) {
            Tensor images = Tensor.uniform(rng, -1f, 1f, batchSize(), 1, SIDE, SIDE);
            batches.put(name, new Batch(i++ % 2 == 0 ? images : images.neg(), null));
        }
        return Batch.unpaired(batches);
    }
}
