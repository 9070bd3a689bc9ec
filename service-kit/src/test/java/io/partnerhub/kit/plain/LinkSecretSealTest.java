package io.partnerhub.kit.plain;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkSecretSealTest {

    private static final String EVENT = "5f1c3c1e-8d2a-4c43-9a57-0c1f0f3e9b11";
    private static final String OTHER_EVENT = "0d3e7a52-1f7b-4f5e-8a0c-7b9e2d4c6a80";

    private final String k1 = SealKeyRing.generateEntry("k1");
    private final String k2 = SealKeyRing.generateEntry("k2");
    private final String secret = LinkSecret.generate().value();

    @Test
    void aSealedSecretOpensForItsEventAndShowsNothingOfTheSecret() {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(k1);

        String sealed = seal.seal(secret, EVENT);

        assertThat(sealed).startsWith("v1.k1.").matches("v1\\.k1\\.[A-Za-z0-9_-]+").doesNotContain(secret);
        assertThat(LinkSecretSeal.isSealed(sealed)).isTrue();
        assertThat(seal.open(sealed, EVENT)).isEqualTo(secret);
    }

    @Test
    void theSameSecretSealsDifferentlyEachTimeBecauseTheIvIsRandom() {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(k1);
        assertThat(seal.seal(secret, EVENT)).isNotEqualTo(seal.seal(secret, EVENT));
    }

    @Test
    void anotherKeyUnderTheSameIdCannotOpenIt() {
        String sealed = LinkSecretSeal.withKeys(k1).seal(secret, EVENT);
        LinkSecretSeal otherKeySameId = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k1"));

        assertThatThrownBy(() -> otherKeySameId.open(sealed, EVENT)).isInstanceOf(CannotOpenSealException.class)
                .hasMessage("sealed value does not authenticate with key 'k1': tampered with, or sealed for another event");
    }

    @Test
    void anUnknownKeyIdIsNamed() {
        String sealed = LinkSecretSeal.withKeys(k1).seal(secret, EVENT);

        assertThatThrownBy(() -> LinkSecretSeal.withKeys(k2).open(sealed, EVENT))
                .isInstanceOf(CannotOpenSealException.class)
                .hasMessage("sealed with key id 'k1', which is not in the key ring [k2]");
        assertThatThrownBy(() -> LinkSecretSeal.withKeys("").open(sealed, EVENT))
                .as("a service without keys cannot open a sealed value either")
                .isInstanceOf(CannotOpenSealException.class).hasMessageContaining("not in the key ring []");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(k1);
        String sealed = seal.seal(secret, EVENT);
        byte[] data = Base64.getUrlDecoder().decode(sealed.substring("v1.k1.".length()));
        data[20] ^= 1;
        String flipped = "v1.k1." + Base64.getUrlEncoder().withoutPadding().encodeToString(data);

        assertThatThrownBy(() -> seal.open(flipped, EVENT)).isInstanceOf(CannotOpenSealException.class);
        assertThatThrownBy(() -> seal.open(sealed.substring(0, sealed.length() - 4), EVENT))
                .isInstanceOf(CannotOpenSealException.class);
        assertThatThrownBy(() -> seal.open("v1.k1.not*base64", EVENT)).isInstanceOf(CannotOpenSealException.class)
                .hasMessageContaining("not base64url");
        assertThatThrownBy(() -> seal.open("v1.k1.AAAA", EVENT)).isInstanceOf(CannotOpenSealException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> seal.open("v1.k1", EVENT)).isInstanceOf(CannotOpenSealException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> seal.open("v2.k1." + sealed.substring(6), EVENT))
                .isInstanceOf(CannotOpenSealException.class).hasMessageContaining("format v2");
    }

    @Test
    void aSealedValuePastedIntoAnotherEventDoesNotOpen() {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(k1);
        String sealed = seal.seal(secret, EVENT);

        assertThatThrownBy(() -> seal.open(sealed, OTHER_EVENT)).isInstanceOf(CannotOpenSealException.class)
                .hasMessageContaining("sealed for another event");
    }

    @Test
    void rotationSealsWithTheNewKeyAndStillOpensWhatTheOldOneSealed() {
        String sealedBefore = LinkSecretSeal.withKeys(k1).seal(secret, EVENT);
        LinkSecretSeal rotated = LinkSecretSeal.withKeys(k2 + ", " + k1);

        String sealedAfter = rotated.seal(secret, EVENT);

        assertThat(sealedAfter).startsWith("v1.k2.");
        assertThat(rotated.open(sealedBefore, EVENT)).isEqualTo(secret);
        assertThat(rotated.open(sealedAfter, EVENT)).isEqualTo(secret);
        assertThatThrownBy(() -> LinkSecretSeal.withKeys(k1).open(sealedAfter, EVENT))
                .as("a service still on the old ring cannot open the new key's values: roll out openers first")
                .isInstanceOf(CannotOpenSealException.class);
    }

    @Test
    void anUnsealedValueIsUsedAsItIsAndWithoutKeysNothingIsSealed() {
        LinkSecretSeal none = LinkSecretSeal.withKeys(" ");

        assertThat(none.seals()).isFalse();
        assertThat(none.seal(secret, EVENT)).isEqualTo(secret);
        assertThat(LinkSecretSeal.isSealed(secret)).isFalse();
        assertThat(LinkSecretSeal.withKeys(k1).open(secret, EVENT)).as("an event written before sealing")
                .isEqualTo(secret);
        assertThat(LinkSecretSeal.withKeys(k1).open(null, EVENT)).isNull();
    }

    @Test
    void aBadKeyRingIsRefusedAtStartWithoutEchoingTheKey() {
        String shortKey = "k1:" + Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SealKeyRing.parse(shortKey)).hasMessageContaining("32 bytes (AES-256), not 16")
                .message().doesNotContain(shortKey.substring(3));
        assertThatThrownBy(() -> SealKeyRing.parse("k1")).hasMessageContaining("expected kid:base64key");
        assertThatThrownBy(() -> SealKeyRing.parse("k.1:" + k1.substring(3))).hasMessageContaining("key id");
        assertThatThrownBy(() -> SealKeyRing.parse("k1:%%%")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> SealKeyRing.parse(k1 + "," + k1)).hasMessageContaining("k1 appears twice");
    }

    @Test
    void keysAreReadInStandardOrUrlSafeBase64WithOrWithoutPadding() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb;
        key[1] = (byte) 0xff;
        String urlSafe = "k:" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        String standard = "k:" + Base64.getEncoder().encodeToString(key);

        String sealed = LinkSecretSeal.withKeys(urlSafe).seal(secret, EVENT);

        assertThat(LinkSecretSeal.withKeys(standard).open(sealed, EVENT)).isEqualTo(secret);
    }

    @Test
    void keysNeverAppearInLogs() {
        LinkSecretSeal seal = LinkSecretSeal.withKeys(k2 + "," + k1);
        assertThat(seal.toString()).isEqualTo("LinkSecretSeal[k2, k1]").doesNotContain(k1.substring(3));
        assertThat(seal.keys().toString()).doesNotContain(k2.substring(3));
    }
}
