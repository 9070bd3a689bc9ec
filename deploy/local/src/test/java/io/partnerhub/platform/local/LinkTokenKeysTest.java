package io.partnerhub.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTokenKeysTest {

    @TempDir
    Path data;

    @Test
    void oneRandomKeyPerDataDirectoryKeptAcrossRestarts() throws Exception {
        String first = LinkTokenKeys.loadOrCreate(data);

        assertThat(first).startsWith("local:");
        assertThat(Base64.getDecoder().decode(first.substring("local:".length()))).hasSize(32);
        assertThat(LinkTokenKeys.loadOrCreate(data)).as("a restart opens what is still pending").isEqualTo(first);
        assertThat(LinkTokenKeys.loadOrCreate(Files.createDirectory(data.resolve("other")))).isNotEqualTo(first);
        if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(data.resolve(LinkTokenKeys.FILE)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void anEditedFileRotatesTheKeys() throws Exception {
        LinkTokenKeys.loadOrCreate(data);
        String rotated = LinkTokenKeys.generate("local2") + "," + Files.readString(data.resolve(LinkTokenKeys.FILE)).trim();
        Files.writeString(data.resolve(LinkTokenKeys.FILE), rotated + "\n");

        assertThat(LinkTokenKeys.loadOrCreate(data)).isEqualTo(rotated);
    }
}
