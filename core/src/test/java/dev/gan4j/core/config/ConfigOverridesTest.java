package dev.gan4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.fakes.FakeGanConfig;
import dev.gan4j.core.fakes.FakeNetworkConfig;
import dev.gan4j.core.fakes.FakeVaeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set a.b=v} and {@code --steps N}, applied to the JSON before binding. */
class ConfigOverridesTest {
    private static final String BASE = """
            {"family": {"type": "fake-gan", "generator": {"type": "fake-mlp", "hidden": [8, 8]}},
             "data": {"type": "fake-points"},
             "training": {"steps": 100}}""";

    private static ResolvedConfig apply(String... assignments) {
        return apply(ConfigOverrides.of(List.of(assignments), null));
    }

    private static ResolvedConfig apply(ConfigOverrides overrides) {
        return ConfigLoaderTest.loader().parse(BASE, "run.json", overrides);
    }

    @Test
    void setsANumberReadAsJson() {
        assertThat(apply("training.steps=250").config().training().steps()).isEqualTo(250);
    }

    @Test
    void setsAPlainWordAsAString() {
        assertThat(((FakeGanConfig) apply("family.objective=hinge").config().family()).objective()).isEqualTo("hinge");
    }

    @Test
    void setsAQuotedStringAsThatString() {
        assertThat(((FakeGanConfig) apply("family.objective=\"least squares\"").config().family()).objective())
                .isEqualTo("least squares");
    }

    @Test
    void setsAnArrayAndAnArrayElement() {
        FakeGanConfig whole = (FakeGanConfig) apply("family.generator.hidden=[16, 32, 64]").config().family();
        FakeGanConfig element = (FakeGanConfig) apply("family.generator.hidden.1=4").config().family();

        assertThat(((FakeNetworkConfig) whole.generator()).hidden()).containsExactly(16, 32, 64);
        assertThat(((FakeNetworkConfig) element.generator()).hidden()).containsExactly(8, 4);
    }

    @Test
    void createsObjectsMissingOnThePath() {
        ResolvedConfig resolved = apply("training.optimizers.discriminator.lr=1e-4", "training.schedule.type=step");

        assertThat(resolved.config().training().optimizerFor("discriminator").lr()).isEqualTo(1e-4);
        assertThat(resolved.config().training().schedule().type()).isEqualTo("step");
    }

    @Test
    void switchesTheFamilyByItsType() {
        ResolvedConfig resolved = ConfigLoaderTest.loader().parse("""
                {"family": {"type": "fake-gan", "latentSize": 3}, "data": {"type": "fake-points"}}""", "run.json",
                ConfigOverrides.of(List.of("family.type=fake-vae"), null));

        assertThat(resolved.config().family()).isEqualTo(new FakeVaeConfig(3, 1.0));
        assertThat(resolved.familyId()).isEqualTo("fake-vae");
    }

    @Test
    void appliesOverridesInOrderSoTheLastWins() {
        assertThat(apply("training.steps=5", "training.steps=6").config().training().steps()).isEqualTo(6);
    }

    @Test
    void stepsWinsOverASetOfTheSameField() {
        ConfigOverrides overrides = ConfigOverrides.of(List.of("training.steps=10"), 7);

        assertThat(apply(overrides).config().training().steps()).isEqualTo(7);
    }

    @Test
    void stepsCreatesTheTrainingObjectWhenAbsent() {
        ResolvedConfig resolved = ConfigLoaderTest.loader().parse(ConfigLoaderTest.MINIMAL, "run.json",
                ConfigOverrides.none().withSteps(12));

        assertThat(resolved.config().training().steps()).isEqualTo(12);
    }

    @Test
    void anOverrideChangesTheCanonicalJsonAndItsHash() {
        ResolvedConfig plain = apply(ConfigOverrides.none());
        ResolvedConfig changed = apply("training.seed=9");

        assertThat(changed.canonicalJson()).isNotEqualTo(plain.canonicalJson()).contains("\"seed\":9");
        assertThat(changed.sha256()).isNotEqualTo(plain.sha256());
    }

    @Test
    void rejectsAnUnknownPathWithTheUnknownFieldMessage() {
        assertThatThrownBy(() -> apply("training.stpes=5"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("run.json: training (TrainingConfig) has no field \"stpes\"; its fields are batchSize,"
                        + " checkpointEvery, emaDecay, gridSize, logEvery, optimizers, sampleEvery, schedule, seed,"
                        + " steps. Check the spelling, or remove the field. (This comes from --set training.stpes=5.)");
    }

    @Test
    void rejectsAnUnknownObjectOnThePathNamingTheFirstUnknownName() {
        assertThatThrownBy(() -> apply("family.optimiser.lr=3"))
                .hasMessageContaining("family (FakeGanConfig) has no field \"optimiser\"")
                .hasMessageContaining("(This comes from --set family.optimiser.lr=3.)");
    }

    @Test
    void rejectsAWrongTypeGivenOnTheCommandLineNamingTheOverride() {
        assertThatThrownBy(() -> apply("training.steps=lots"))
                .hasMessageContaining("training.steps should be a whole number, but it is \"lots\" (a string)")
                .hasMessageContaining("--set training.steps=lots");
    }

    @Test
    void rejectsAPathThroughAValue() {
        assertThatThrownBy(() -> apply("training.steps.max=3"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("The override --set training.steps.max=3 goes inside training.steps, but that is 100, not"
                        + " an object; check the path.");
    }

    @Test
    void rejectsAnArrayIndexOutOfRange() {
        assertThatThrownBy(() -> apply("family.generator.hidden.5=3"))
                .hasMessage("The override --set family.generator.hidden.5=3 uses \"5\" inside family.generator.hidden,"
                        + " which is an array of 2 elements; use an index from 0 to 1.");
    }

    @Test
    void rejectsAnAssignmentWithoutEquals() {
        assertThatThrownBy(() -> ConfigOverrides.of(List.of("training.steps"), null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("The override --set training.steps has no '='; write it as --set training.steps=VALUE.");
    }

    @Test
    void rejectsAnEmptyNameInThePath() {
        assertThatThrownBy(() -> ConfigOverrides.of(List.of("training..steps=3"), null))
                .hasMessageContaining("has an empty name in its path");
    }

    @Test
    void rejectsStepsBelowOne() {
        assertThatThrownBy(() -> ConfigOverrides.of(List.of(), 0)).hasMessage("--steps is 0, but it must be 1 or more.");
    }
}
