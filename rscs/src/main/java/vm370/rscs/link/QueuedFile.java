package vm370.rscs.link;

import vm370.rscs.nje.DatasetHeader;
import vm370.rscs.nje.JobHeader;

/**
 * A file waiting for a link, as QUERY QUEUES shows it: on the link's queue, or still held in
 * RSCS's reader until the link can take it (then only its headers are kept, not its records).
 */
public record QueuedFile(int spoolId, JobHeader job, DatasetHeader dataset, int records) {

    public static QueuedFile of(Outbound outbound) {
        return new QueuedFile(outbound.spoolId(), outbound.file().job(), outbound.file().dataset(),
                outbound.file().records().size());
    }
}
