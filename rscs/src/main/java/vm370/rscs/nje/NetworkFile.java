package vm370.rscs.nje;

import java.util.List;

/**
 * A file as it crosses the network: its job header (who sent it, when, how far it came), its data
 * set header (where it goes, its name, type and tag) and its records. Each record is the CCW
 * command code it was written with, then its data; the list is not copied (files are big).
 */
public record NetworkFile(JobHeader job, DatasetHeader dataset, List<byte[]> records) {

    /** The file's identity across the network: origin node, job id, entry time. */
    public String identity() {
        return job.originNode() + "." + job.jobId() + "." + Long.toHexString(job.entryTime());
    }

    /** Bytes of data the file holds (without command codes). */
    public long dataBytes() {
        long n = 0;
        for (byte[] r : records) {
            n += r.length - 1;
        }
        return n;
    }
}
