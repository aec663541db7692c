package dev.gan4j.core.data;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Unpaired data for translation: two or more domains, each a dataset of its own, shuffled and
 * batched independently, so the i-th image of one domain's batch has nothing to do with the i-th
 * of another's. Each batch holds one batch per domain ({@link Batch#domains()}).
 */
public final class UnpairedDataset implements Dataset {
    private final Map<String, Dataset> domains;
    private final DataSpec spec;

    /**
     * Unpaired data over the given domains, in order; at least two, all with samples of one shape.
     *
     * @throws IllegalArgumentException naming the domains when there are fewer than two, or their shapes differ
     */
    public UnpairedDataset(Map<String, Dataset> domains) {
        Objects.requireNonNull(domains, "domains");
        this.domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
        Map<String, DataSpec> specs = new LinkedHashMap<>();
        domains.forEach((name, data) -> specs.put(name, data.spec()));
        this.spec = DataSpec.unpaired(specs);
    }

    /** The dataset of each domain, by name, in order. */
    public Map<String, Dataset> domains() {
        return domains;
    }

    @Override
    public DataSpec spec() {
        return spec;
    }

    @Override
    public String description() {
        List<String> parts = new ArrayList<>();
        domains.forEach((name, data) -> parts.add(name + ": " + data.description()));
        return "unpaired domains; " + String.join("; ", parts);
    }

    /**
     * Batches of {@code batchSize} from every domain; each domain's order is drawn from its own
     * split of {@code rng}, split in domain order.
     */
    @Override
    public BatchStream batches(int batchSize, Rng rng) {
        Map<String, BatchStream> streams = new LinkedHashMap<>();
        domains.forEach((name, data) -> streams.put(name, data.batches(batchSize, rng.split())));
        return new Stream(streams);
    }

    @Override
    public String toString() {
        return description();
    }

    /** One stream per domain; the position is each domain's position, each preceded by its length. */
    private static final class Stream implements BatchStream {
        private final Map<String, BatchStream> streams;

        Stream(Map<String, BatchStream> streams) {
            this.streams = streams;
        }

        @Override
        public Batch next() {
            Map<String, Batch> batches = new LinkedHashMap<>();
            streams.forEach((name, stream) -> batches.put(name, stream.next()));
            return Batch.unpaired(batches);
        }

        @Override
        public long[] state() {
            List<Long> values = new ArrayList<>();
            values.add((long) streams.size());
            for (BatchStream stream : streams.values()) {
                long[] own = stream.state();
                values.add((long) own.length);
                for (long v : own) {
                    values.add(v);
                }
            }
            return values.stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public void restore(long[] state) {
            Objects.requireNonNull(state, "state");
            if (state.length < 1 || state[0] != streams.size()) {
                throw new IllegalArgumentException("The data-stream position " + Arrays.toString(state) + " is not "
                        + "the position of unpaired data with the " + streams.size() + " domains " + streams.keySet()
                        + "; restore a position saved by a run on the same domains.");
            }
            int at = 1;
            List<long[]> parts = new ArrayList<>();
            for (String name : streams.keySet()) {
                if (at >= state.length || state[at] < 0 || at + 1 + state[at] > state.length) {
                    throw new IllegalArgumentException("The data-stream position " + Arrays.toString(state) + " ends "
                            + "before the position of domain " + name + "; restore a position saved by a run on the "
                            + "same domains.");
                }
                int length = (int) state[at];
                parts.add(Arrays.copyOfRange(state, at + 1, at + 1 + length));
                at += 1 + length;
            }
            if (at != state.length) {
                throw new IllegalArgumentException("The data-stream position " + Arrays.toString(state) + " has "
                        + (state.length - at) + " numbers more than the positions of the domains " + streams.keySet()
                        + "; restore a position saved by a run on the same domains.");
            }
            int i = 0;
            for (Map.Entry<String, BatchStream> e : streams.entrySet()) {
                try {
                    e.getValue().restore(parts.get(i++));
                } catch (IllegalArgumentException wrong) {
                    throw new IllegalArgumentException("Domain " + e.getKey() + ": " + wrong.getMessage(), wrong);
                }
            }
        }
    }
}
