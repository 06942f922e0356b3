package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Job header, data set header (with the RSCS section), trailer; segmented and put back together. */
class HeadersTest {

    private static final JobHeader JOB = new JobHeader(12, 'A', 1, "PROFILE", "ALICE", 0x00C1C2C3C4C5C6C7L, "A", "ALICE",
            "C", "BOB", "STANDARD", 3);
    private static final DatasetHeader DATASET = new DatasetHeader("C", "BOB", "PROFILE", "EXEC", 'A', 3, true,
            "STANDARD", "DEPT1", "C BOB");

    /** Segments pass one byte-at-a-time-built buffer each; returns the content put back together. */
    private static byte[] reassemble(List<byte[]> segments) {
        HeaderSegments assembler = new HeaderSegments();
        for (int i = 0; i < segments.size(); i++) {
            byte[] s = segments.get(i);
            assertEquals(i == segments.size() - 1 ? 1 : 0, assembler.add(s, s.length), "segment " + i);
        }
        return assembler.content();
    }

    @Test
    void theJobHeaderIsOneSegmentOf204BytesAndComesBackWhole() {
        List<byte[]> segments = HeaderSegments.segments(JOB.encode());
        assertEquals(1, segments.size());
        assertEquals("00CC0000" + "00C80000" + "000CC1C1", Hex.text(segments.getFirst()).substring(0, 24));
        assertEquals(JOB, JobHeader.decode(reassemble(segments)).orElseThrow());
        assertEquals(2, JOB.nextHop().hops());
    }

    @Test
    void theDatasetHeaderWithItsRscsSectionTakesTwoSegmentsAsARealNodeSends() {
        List<byte[]> segments = HeaderSegments.segments(DATASET.encode());
        assertEquals(2, segments.size());
        assertEquals("01000080", Hex.text(segments.get(0)).substring(0, 8));
        assertEquals("002C0001", Hex.text(segments.get(1)).substring(0, 8));
        byte[] content = reassemble(segments);
        assertEquals("00B48700", Hex.text(content).substring(2 * 112, 2 * 112 + 8), "RSCS section at 112");
        assertEquals(DATASET, DatasetHeader.decode(content).orElseThrow());
    }

    @Test
    void aDatasetHeaderWithoutTheRscsSectionNamesTheFileFromItsGeneralSection() {
        byte[] general = java.util.Arrays.copyOf(DATASET.encode(), DatasetHeader.GENERAL_LENGTH);
        DatasetHeader h = DatasetHeader.decode(general).orElseThrow();
        assertEquals("PROFILE", h.fileName());
        assertEquals("EXEC", h.fileType());
        assertEquals("", h.tag());
    }

    @Test
    void theTrailerCountsTheRecords() {
        byte[] content = reassemble(HeaderSegments.segments(new JobTrailer(1000).encode()));
        assertEquals(44, content.length);
        assertEquals(1000, JobTrailer.decode(content).orElseThrow().records());
    }

    @Test
    void segmentsOutOfOrderOrShortAreRefused() {
        List<byte[]> segments = HeaderSegments.segments(DATASET.encode());
        HeaderSegments assembler = new HeaderSegments();
        assertEquals(-1, assembler.add(segments.get(1), segments.get(1).length));
        assertEquals(-1, assembler.add(new byte[] {0, 2}, 2));
        assertTrue(JobHeader.decode(new byte[50]).isEmpty());
        assertTrue(DatasetHeader.decode(new byte[20]).isEmpty());
    }

    @Test
    void aNetworkFileIsNamedByOriginJobAndEntryTime() {
        NetworkFile file = new NetworkFile(JOB, DATASET, List.of(new byte[81]));
        assertEquals("A.12.c1c2c3c4c5c6c7", file.identity());
        assertEquals(80, file.dataBytes());
        assertArrayEquals(new byte[81], file.records().getFirst());
    }
}
