package io.partnerhub.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunksTest {

    /** "c…" need a check, "f…" are free (need none). */
    private static boolean checked(String item) {
        return item.startsWith("c");
    }

    @Test
    void aBatchOfCheckedEmailsIsSplitIntoChunksOfAtMostTheLimitInOrder() {
        List<String> batch = IntStream.range(0, 500).mapToObj(i -> "c" + i).toList();

        List<List<String>> chunks = Chunks.of(batch, ChunksTest::checked, 50);

        assertThat(chunks).hasSize(10).allSatisfy(chunk -> assertThat(chunk).hasSize(50));
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(batch);
    }

    @Test
    void emailsThatNeedNoCheckRideAlongAndDoNotCount() {
        List<String> batch = List.of("f1", "c1", "f2", "c2", "c3", "f3", "c4", "c5", "f4");

        assertThat(Chunks.of(batch, ChunksTest::checked, 2)).containsExactly(
                List.of("f1", "c1", "f2", "c2"), List.of("c3", "f3", "c4"), List.of("c5", "f4"));
    }

    @Test
    void aBatchWithoutCheckedEmailsIsOneChunkAndNoBatchNoChunk() {
        assertThat(Chunks.of(List.of("f1", "f2", "f3"), ChunksTest::checked, 1)).containsExactly(List.of("f1", "f2", "f3"));
        assertThat(Chunks.of(List.<String>of(), ChunksTest::checked, 50)).isEmpty();
    }

    @Test
    void aShortLastChunk() {
        List<String> batch = IntStream.range(0, 120).mapToObj(i -> "c" + i).toList();

        assertThat(Chunks.of(batch, ChunksTest::checked, 50)).extracting(List::size).containsExactly(50, 50, 20);
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> Chunks.of(List.of("c1"), ChunksTest::checked, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
