package vm370.system.boot;

import java.util.List;
import vm370.cms.nucleus.Cms;
import vm370.cms.nucleus.CmsBatch;
import vm370.cp.guest.GuestSystem;
import vm370.rscs.Rscs;

/**
 * The named systems a started system offers to {@code IPL name}: the one place where a guest
 * system written in Java (CMS, RSCS) is made known to CP. Add a system as one more argument of
 * the {@code List.of} below.
 */
public final class NamedSystemsCatalog {

    private NamedSystemsCatalog() {
    }

    /** A new instance of every named system, in the order IPL searches them. */
    public static List<GuestSystem> all() {
        return List.of(new Cms(table -> { }, new CmsBatch()), new Rscs());
    }
}
