package io.partnerhub.events.asyncapi;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The committed AsyncAPI document passes the AsyncAPI project's own parser and its validation rules. */
class AsyncApiParserTest {

    private static final Path NODE_PROJECT = Path.of("src", "test", "node");

    @Test
    void theAsyncApiParserAcceptsTheDocumentWithoutErrors() throws Exception {
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/@asyncapi/parser"))) {
            fail("The AsyncAPI parser is not installed in " + NODE_PROJECT.toAbsolutePath()
                    + ": run the build (mvn verify runs npm ci there; needs Node.js 18+ and npm) or `npm ci` there.");
        }
        Process process = new ProcessBuilder("node", "validate-asyncapi.js", Path.of("asyncapi.json").toAbsolutePath()
                .toString()).directory(NODE_PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the parser finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("asyncapi: 0 errors").contains("document parsed");
    }
}
