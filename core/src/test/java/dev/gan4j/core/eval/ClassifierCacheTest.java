package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.DatasetNotFoundException;
import dev.gan4j.core.data.FashionMnistLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierCacheTest {
    @Test
    void corruptCacheIsReportedAndNeverLoaded(@TempDir Path home) throws Exception {
        List<String> log = new ArrayList<>();
        Path noData = Files.createDirectories(home.resolve("no-data"));
        ClassifierCache cache = new ClassifierCache(home, new FashionMnistLocator(noData, Map.of(), noData),
                log::add);
        Files.createDirectories(cache.file().getParent());
        Files.write(cache.file(), new byte[] {'G', 'A', 'N', '4', 'J', 'C', 'K', 'P', 0, 0, 0, 1});
        // with no data to retrain from, the load fails instead of using the corrupt file
        assertThatThrownBy(cache::load).isInstanceOf(DatasetNotFoundException.class);
        assertThat(String.join("\n", log)).contains("unusable").contains(cache.file().toString())
                .contains("truncated");
    }

    @Test
    void homeIsGan4jHomeElseDotGan4jInTheUserHome() {
        assertThat(ClassifierCache.home(Map.of("GAN4J_HOME", "/x/y"))).isEqualTo(Path.of("/x/y"));
        assertThat(ClassifierCache.home(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".gan4j"));
    }
}
