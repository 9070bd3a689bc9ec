package io.partnerhub.testing.authorization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationMatrixTest {

    private static final String HEADING = "| endpoint | owner | other customer | partner | collaborator granted "
            + "| collaborator ungranted | unlinked partner | ended partner | ops | anonymous | expired token | why |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n";

    @Test
    void readsOneStatusPerCallerAndIgnoresProse() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse("m.md", "# Title\n\nSome prose | with a bar.\n\n" + HEADING
                + "| `GET /things/{id}` | 200 | 404 | 200 | 200 | 403 | 404 | 404 | 403 | 401 | 401 | reads |\n");

        Endpoint things = new Endpoint("GET", "/things/{id}");
        assertThat(matrix.expected(things, Caller.OWNER)).isEqualTo(200);
        assertThat(matrix.expected(things, Caller.COLLABORATOR_UNGRANTED)).isEqualTo(403);
        assertThat(matrix.expected(things, Caller.EXPIRED)).isEqualTo(401);
        assertThat(matrix.expected(new Endpoint("POST", "/things"), Caller.OWNER)).isNull();
    }

    @Test
    void refusesAMissingCallerColumn() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("m.md",
                "| endpoint | owner | partner |\n| GET /things/{id} | 200 | 200 |\n"))
                .hasMessageContaining("no column for");
    }

    @Test
    void refusesACellThatIsNotAStatus() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("m.md", HEADING
                + "| GET /things/{id} | 200 | 404 | ok | 200 | 403 | 404 | 404 | 403 | 401 | 401 | |\n"))
                .hasMessageContaining("'ok' for partner is not a status code");
    }

    @Test
    void refusesTwoRowsForOneEndpoint() {
        String row = "| GET /things/{id} | 200 | 404 | 200 | 200 | 403 | 404 | 404 | 403 | 401 | 401 | |\n";
        assertThatThrownBy(() -> AuthorizationMatrix.parse("m.md", HEADING + row + row))
                .hasMessageContaining("a second row for GET /things/{id}");
    }

    @Test
    void refusesAnUnknownColumn() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("m.md", "| endpoint | owner | stranger |\n"))
                .hasMessageContaining("unknown caller column 'stranger'");
    }
}
