package io.partnerhub.kit.linktoken;

import io.partnerhub.kit.plain.LinkSecretSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link LinkSecretSeal} from {@code partnerhub.link-tokens.keys}. Lazy, so only a service that
 * carries link secrets in events (and injects the seal) reads the keys and warns when there are none.
 */
@AutoConfiguration
public class LinkTokenAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LinkTokenAutoConfiguration.class);

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    LinkSecretSeal linkSecretSeal(@Value("${partnerhub.link-tokens.keys:}") String keys) {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(keys);
        if (seal.seals()) {
            log.info("Link secrets in events are sealed with key '{}'; keys that open them: {}",
                    seal.keys().sealingKeyId().orElseThrow(), seal.keys().keyIds());
        } else {
            log.warn("partnerhub.link-tokens.keys (LINK_TOKEN_KEYS) is not set: emailed link secrets travel "
                    + "UNSEALED in events, readable by every consumer of the topic, and sealed ones cannot be "
                    + "opened. Acceptable for a keyless development set-up only; production sets the keys.");
        }
        return seal;
    }
}
