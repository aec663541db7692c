package dev.gan4j.core.fakes;

/** A second family that claims the id {@code "fake-gan"}, for the duplicate-id tests. */
public final class ImpostorGanFamily extends FakeGanFamily {
    @Override
    public String description() {
        return "Another family with the id fake-gan.";
    }
}
