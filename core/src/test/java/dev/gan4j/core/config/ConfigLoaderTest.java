package dev.gan4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.fakes.FakeGanConfig;
import dev.gan4j.core.fakes.FakeGanFamily;
import dev.gan4j.core.fakes.FakeNetworkConfig;
import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.fakes.FakePointsConfig;
import dev.gan4j.core.fakes.FakeVaeConfig;
import dev.gan4j.core.fakes.FakeVaeFamily;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading run configs: binding, defaults, and the sentences for each kind of mistake. */
class ConfigLoaderTest {
    static final String MINIMAL = """
            {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}}""";

    /** A data source with no fields, registered as an extra subtype. */
    record NoFieldsData() implements DataConfig {
        @Override
        public Dataset open(DataContext context) {
            return new FakePointsConfig(1).open(context);
        }
    }

    static ConfigLoader loader() {
        return new ConfigLoader(List.of(new FakeGanFamily(), new FakeVaeFamily()), List.of(new FakeNetworkType()),
                List.of(new ConfigSubtype("fake-points", FakePointsConfig.class),
                        new ConfigSubtype("no-fields", NoFieldsData.class)));
    }

    private static ResolvedConfig parse(String json) {
        return loader().parse(json, "run.json", ConfigOverrides.none());
    }

    private static String failure(String json) {
        return failure(json, ConfigOverrides.none());
    }

    private static String failure(String json, ConfigOverrides overrides) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> loader().parse(json, "run.json", overrides));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return thrown.getMessage();
    }

    @Test
    void readsFamilyDataAndTrainingWithDefaultsApplied() {
        ResolvedConfig resolved = parse(MINIMAL);

        assertThat(resolved.familyId()).isEqualTo("fake-gan");
        assertThat(resolved.config().family()).isEqualTo(new FakeGanConfig(4, "non-saturating",
                new FakeNetworkConfig(List.of(8), 0.2)));
        assertThat(resolved.config().data()).isEqualTo(new FakePointsConfig(2));
        assertThat(resolved.config().training().steps()).isEqualTo(3000);
        assertThat(resolved.config().training().batchSize()).isEqualTo(64);
    }

    @Test
    void readsNestedNetworkConfigsByTheirTypeName() {
        ResolvedConfig resolved = parse("""
                {"family": {"type": "fake-gan", "latentSize": 16,
                            "generator": {"type": "fake-mlp", "hidden": [32, 32], "slope": 0.1}},
                 "data": {"type": "no-fields"},
                 "training": {"steps": 200, "optimizers": {"generator": {"lr": 1e-3}}}}""");

        FakeGanConfig family = (FakeGanConfig) resolved.config().family();
        assertThat(family.generator()).isEqualTo(new FakeNetworkConfig(List.of(32, 32), 0.1));
        assertThat(resolved.config().data()).isEqualTo(new NoFieldsData());
        assertThat(resolved.config().training().optimizerFor("generator").lr()).isEqualTo(1e-3);
        assertThat(resolved.canonicalJson()).contains("\"data\":{\"type\":\"no-fields\"}");
    }

    @Test
    void rejectsUnknownFamilyIdListingTheKnownOnes() {
        String message = failure("""
                {"family": {"type": "fake-gn"}, "data": {"type": "fake-points"}}""");

        assertThat(message).startsWith("run.json: ")
                .contains("family.type is \"fake-gn\"")
                .contains("the known families are fake-gan, fake-vae")
                .contains("Check the spelling");
    }

    @Test
    void rejectsFamilyWithoutTypeListingTheKnownOnes() {
        String message = failure("""
                {"family": {"latentSize": 3}, "data": {"type": "fake-points"}}""");

        assertThat(message).contains("the family object has no \"type\"").contains("fake-gan, fake-vae");
    }

    @Test
    void rejectsUnknownNetworkTypeListingTheKnownOnes() {
        String message = failure("""
                {"family": {"type": "fake-gan", "generator": {"type": "resnet"}}, "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family.generator.type is \"resnet\"")
                .contains("the known network types are fake-mlp");
    }

    @Test
    void rejectsUnknownDataSourceListingTheKnownOnes() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "cifar"}}""");

        assertThat(message).contains("data.type is \"cifar\"").contains("the known data sources are ")
                .contains("fake-points").contains("no-fields");
    }

    @Test
    void rejectsUnknownTrainingFieldListingTheKnownFields() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "training": {"stpes": 10}}""");

        assertThat(message).isEqualTo("run.json: training (TrainingConfig) has no field \"stpes\"; its fields are"
                + " batchSize, checkpointEvery, emaDecay, gridSize, logEvery, optimizers, sampleEvery, schedule, seed,"
                + " steps. Check the spelling, or remove the field.");
    }

    @Test
    void rejectsUnknownFamilyFieldListingItsFieldsAndType() {
        String message = failure("""
                {"family": {"type": "fake-gan", "latentSze": 8}, "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family (FakeGanConfig) has no field \"latentSze\"")
                .contains("its fields are generator, latentSize, objective, type.");
    }

    @Test
    void rejectsUnknownFieldDeepInsideNamingItsPath() {
        String message = failure("""
                {"family": {"type": "fake-gan", "generator": {"type": "fake-mlp", "widths": [3]}},
                 "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family.generator (FakeNetworkConfig) has no field \"widths\"")
                .contains("its fields are hidden, slope, type.");
    }

    @Test
    void rejectsUnknownTopLevelField() {
        String message = failure("""
                {"famly": {"type": "fake-gan"}, "data": {"type": "fake-points"}}""");

        assertThat(message).contains("a run config has no field \"famly\"; its fields are data, evaluation, family, "
                + "training.");
    }

    @Test
    void rejectsUnknownEvaluationField() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "evaluation": {"evry": 500}}""");

        assertThat(message).contains("\"evry\"").contains("every").contains("samples").contains("reference");
    }

    @Test
    void rejectsStringWhereWholeNumberBelongs() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "training": {"steps": "many"}}""");

        assertThat(message).isEqualTo(
                "run.json: training.steps should be a whole number, but it is \"many\" (a string); fix the value.");
    }

    @Test
    void rejectsFractionWhereWholeNumberBelongs() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "training": {"batchSize": 1.5}}""");

        assertThat(message).contains("training.batchSize should be a whole number, but it is 1.5 (a number with a fraction)");
    }

    @Test
    void rejectsQuotedNumberWhereNumberBelongs() {
        String message = failure("""
                {"family": {"type": "fake-gan", "generator": {"type": "fake-mlp", "slope": "0.3"}},
                 "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family.generator.slope should be a number, but it is \"0.3\" (a string)");
    }

    @Test
    void rejectsNumberWhereObjectBelongs() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "training": 5}""");

        assertThat(message).contains("training should be an object (TrainingConfig), but it is 5 (a whole number)");
    }

    @Test
    void rejectsStringWhereFamilyObjectBelongs() {
        String message = failure("""
                {"family": "fake-gan", "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family should be an object whose \"type\" names a family (fake-gan, fake-vae),"
                + " but it is \"fake-gan\" (a string)");
    }

    @Test
    void rejectsArrayElementOfWrongTypeNamingItsIndex() {
        String message = failure("""
                {"family": {"type": "fake-gan", "generator": {"type": "fake-mlp", "hidden": [8, "wide"]}},
                 "data": {"type": "fake-points"}}""");

        assertThat(message).contains("family.generator.hidden[1] should be a whole number, but it is \"wide\"");
    }

    @Test
    void reportsTheRecordsOwnCheckWithItsPath() {
        String message = failure("""
                {"family": {"type": "fake-gan"}, "data": {"type": "fake-points"}, "training": {"steps": -5}}""");

        assertThat(message).isEqualTo("run.json: the training object is invalid: training.steps is -5, but it must"
                + " be 1 or more.");
    }

    @Test
    void reportsMissingDataObject() {
        String message = failure("""
                {"family": {"type": "fake-gan"}}""");

        assertThat(message).contains("The run config has no \"data\" object");
    }

    @Test
    void namesFileAndLineOfMalformedJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"family\": {\"type\": \"fake-gan\"}\n  \"data\": {\"type\": \"fake-points\"}\n}\n");

        assertThatThrownBy(() -> loader().load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " is not valid JSON at line 3, column")
                .hasMessageContaining("a missing comma");
    }

    @Test
    void namesFileAndLineOfDuplicateKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twice.json");
        Files.writeString(file, "{\"family\": {\"type\": \"fake-gan\"},\n \"data\": {\"type\": \"fake-points\"},\n"
                + " \"family\": {\"type\": \"fake-vae\"}}");

        assertThatThrownBy(() -> loader().load(file))
                .hasMessageStartingWith(file + " is not valid JSON at line 3")
                .hasMessageContaining("family");
    }

    @Test
    void namesMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> loader().load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("The config file " + file.toAbsolutePath() + " does not exist; check the path");
    }

    @Test
    void rejectsEmptyFileAndNonObjectJson() {
        assertThat(failure("  ")).isEqualTo("run.json is empty; a run config is one JSON object with \"family\","
                + " \"data\" and \"training\".");
        assertThat(failure("[1, 2]")).startsWith("run.json holds array JSON, but a run config is one JSON object");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        Files.writeString(file, MINIMAL);

        assertThat(loader().load(file).canonicalJson()).isEqualTo(parse(MINIMAL).canonicalJson());
    }

    @Test
    void listsKnownTypeIdsPerBaseType() {
        ConfigLoader loader = loader();

        assertThat(loader.knownTypeIds(FamilyConfig.class)).containsExactly("fake-gan", "fake-vae");
        assertThat(loader.knownTypeIds(NetworkConfig.class)).containsExactly("fake-mlp");
        assertThat(loader.knownTypeIds(DataConfig.class)).contains("fake-points", "no-fields");
    }

    @Test
    void refusesTwoFamiliesWithTheSameIdNamingBothClasses() {
        assertThatThrownBy(() -> new ConfigLoader(List.of(new FakeGanFamily(), new dev.gan4j.core.fakes.ImpostorGanFamily()),
                List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"fake-gan\"")
                .hasMessageContaining(FakeGanFamily.class.getName())
                .hasMessageContaining(dev.gan4j.core.fakes.ImpostorGanFamily.class.getName());
    }

    @Test
    void refusesOneConfigRecordUnderTwoIds() {
        assertThatThrownBy(() -> new ConfigLoader(List.of(new FakeGanFamily()), List.of(),
                List.of(new ConfigSubtype("fake-gan-again", FakeGanConfig.class))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FakeGanConfig.class.getName())
                .hasMessageContaining("\"fake-gan\"")
                .hasMessageContaining("\"fake-gan-again\"");
    }

    @Test
    void resolvesAConfigBuiltInJavaLikeTheSameConfigReadFromJson() {
        RunConfig built = new RunConfig(new FakeVaeConfig(0, 0), new FakePointsConfig(0), null);

        ResolvedConfig resolved = loader().resolve(built);

        assertThat(resolved.config()).isEqualTo(built);
        assertThat(resolved.canonicalJson()).isEqualTo(parse("""
                {"family": {"type": "fake-vae"}, "data": {"type": "fake-points"}}""").canonicalJson());
    }

    @Test
    void refusesToResolveAFamilyConfigItDoesNotKnow() {
        ConfigLoader onlyGan = new ConfigLoader(List.of(new FakeGanFamily()), List.of(new FakeNetworkType()),
                List.of(new ConfigSubtype("fake-points", FakePointsConfig.class)));

        assertThatThrownBy(() -> onlyGan.resolve(new RunConfig(new FakeVaeConfig(0, 0), new FakePointsConfig(0), null)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(FakeVaeConfig.class.getName())
                .hasMessageContaining("fake-gan (FakeGanConfig)");
    }
}
