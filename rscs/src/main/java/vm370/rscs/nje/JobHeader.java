package vm370.rscs.nje;

import java.util.Optional;
import vm370.s370.storage.BigEndian;

/**
 * The job header (NJH) general section, 200 bytes, that opens every file on a stream. RSCS fills
 * the job id (the origin's spool id), the class, the hop count, the entry time (TOD clock: it and
 * the origin name a file across the network), the origin and the destination node and user.
 * @param hops NJHGHOPS: how many nodes the file passed; the hop limit stops loops
 */
public record JobHeader(int jobId, char jobClass, int hops, String jobName, String userid, long entryTime,
                        String originNode, String originUser, String destinationNode, String destinationUser,
                        String form, int records) {

    public static final int GENERAL_LENGTH = 200;

    /** The sections, without segment prefixes. */
    public byte[] encode() {
        byte[] b = new byte[GENERAL_LENGTH];
        BigEndian.putHalfword(b, 0, GENERAL_LENGTH);
        BigEndian.putHalfword(b, 4, jobId);
        b[6] = Fields.EBCDIC.encode(String.valueOf(jobClass))[0];
        b[7] = b[6];
        BigEndian.putHalfword(b, 14, hops);
        Fields.putName(b, 16, "", 8);
        Fields.putName(b, 24, jobName, 8);
        Fields.putName(b, 32, userid, 8);
        Fields.putName(b, 40, "", 16);
        BigEndian.putDoubleword(b, 56, entryTime);
        Fields.putName(b, 64, originNode, 8);
        Fields.putName(b, 72, originUser, 8);
        Fields.putName(b, 80, originNode, 8);
        Fields.putName(b, 88, originUser, 8);
        Fields.putName(b, 96, destinationNode, 8);
        Fields.putName(b, 104, destinationUser, 8);
        Fields.putName(b, 112, destinationNode, 8);
        Fields.putName(b, 120, destinationUser, 8);
        Fields.putName(b, 128, form, 8);
        Fields.putName(b, 152, "", 44);
        BigEndian.putWord(b, 196, records);
        return b;
    }

    /** The header from its sections; empty when the general section is missing or short. */
    public static Optional<JobHeader> decode(byte[] b) {
        if (b.length < GENERAL_LENGTH || BigEndian.halfword(b, 0) < GENERAL_LENGTH || b[2] != 0) {
            return Optional.empty();
        }
        char jobClass = Fields.EBCDIC.toChar(b[6] & 0xFF);
        return Optional.of(new JobHeader(BigEndian.halfword(b, 4), jobClass, BigEndian.halfword(b, 14), Fields.name(b, 24, 8),
                Fields.name(b, 32, 8), BigEndian.doubleword(b, 56), Fields.name(b, 64, 8), Fields.name(b, 72, 8),
                Fields.name(b, 112, 8), Fields.name(b, 120, 8), Fields.name(b, 128, 8), BigEndian.word(b, 196)));
    }

    /** The same header one node further on. */
    public JobHeader nextHop() {
        return new JobHeader(jobId, jobClass, hops + 1, jobName, userid, entryTime, originNode, originUser,
                destinationNode, destinationUser, form, records);
    }
}
