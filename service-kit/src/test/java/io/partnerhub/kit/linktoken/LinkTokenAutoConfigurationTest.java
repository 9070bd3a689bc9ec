package io.partnerhub.kit.linktoken;

import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class LinkTokenAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LinkTokenAutoConfiguration.class));

    @Test
    void theConfiguredKeysSeal(CapturedOutput output) {
        String key = SealKeyRing.generateEntry("k7");
        contexts.withPropertyValues("partnerhub.link-tokens.keys=" + key).run(context -> {
            LinkSecretSeal seal = context.getBean(LinkSecretSeal.class);
            assertThat(seal.seals()).isTrue();
            assertThat(seal.seal("secret", "event-1")).startsWith("v1.k7.");
        });
        assertThat(output).contains("sealed with key 'k7'").doesNotContain("UNSEALED").doesNotContain(key.substring(3));
    }

    @Test
    void withoutKeysTheServiceWarnsOnceThatSecretsTravelUnsealed(CapturedOutput output) {
        contexts.run(context -> {
            assertThat(context.getBean(LinkSecretSeal.class).seals()).isFalse();
            context.getBean(LinkSecretSeal.class);
        });
        assertThat(output.toString().split("travel UNSEALED", -1)).hasSize(2);
    }

    @Test
    void aServiceThatCarriesNoLinkSecretsNeitherReadsTheKeysNorWarns(CapturedOutput output) {
        contexts.run(context -> assertThat(context).hasNotFailed());
        assertThat(output).doesNotContain("UNSEALED");
    }

    @Test
    void aMalformedKeyRingFailsTheServiceThatNeedsIt() {
        contexts.withPropertyValues("partnerhub.link-tokens.keys=k1:tooshort").run(context ->
                assertThatThrownBy(() -> context.getBean(LinkSecretSeal.class))
                        .hasRootCauseMessage("partnerhub.link-tokens.keys, entry 1 (k1): the key must be 32 bytes (AES-256), not 6"));
    }
}
