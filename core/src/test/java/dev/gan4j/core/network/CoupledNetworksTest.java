package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CoGAN's coupled networks: shared layers are one object, sizes follow the image, too much sharing is refused. */
class CoupledNetworksTest {
    private static Map<String, DataSpec> domains() {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("A", new DataSpec("a", new int[] {1, 28, 28}, 0));
        domains.put("B", new DataSpec("b", new int[] {1, 28, 28}, 0));
        return domains;
    }

    @Test
    void generatorsShareTheirFirstLayersAndDiscriminatorsTheirLast() {
        CoupledNetworks nets = CoupledNetworks.build(domains(), 4, 8, 2, 2, "cogan", new Rng(1));
        Sequential ga = (Sequential) nets.generators().get("A");
        Sequential gb = (Sequential) nets.generators().get("B");
        assertThat(ga.get(0)).isSameAs(gb.get(0));
        assertThat(ga.get(1)).isSameAs(gb.get(1));
        assertThat(ga.get(2)).isNotSameAs(gb.get(2));
        Sequential da = (Sequential) nets.discriminators().get("A");
        Sequential db = (Sequential) nets.discriminators().get("B");
        assertThat(da.get(0)).isNotSameAs(db.get(0));
        assertThat(da.get(2)).isSameAs(db.get(2));
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            Tensor images = ga.forward(Tensor.randn(new Rng(2), 3, 8));
            assertThat(images.dims()).containsExactly(3, 1, 28, 28);
            assertThat(da.forward(images).dims()).containsExactly(3, 1);
            assertThat(nets.encoders().get("B").forward(images).dims()).containsExactly(3, 8);
        }
    }

    @Test
    void refusesSharingMoreLayersThanTheNetworksHave() {
        assertThatThrownBy(() -> CoupledNetworks.build(domains(), 4, 8, 3, 1, "cogan", new Rng(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cogan.sharedGeneratorLayers is 3")
                .hasMessageContaining("at most 2 can be shared");
    }
}
