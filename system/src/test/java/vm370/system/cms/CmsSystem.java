package vm370.system.cms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vm370.cms.nucleus.Cms;
import vm370.system.boot.RunningSystem;

/** A small system for the CMS tests: one volume, two users with A-disks, a shared Y-disk owner. */
final class CmsSystem {

    static final String CONFIG = """
            SYSTEM_IDENTIFIER CMSTEST
            STORAGE 32M
            VOLUME CMS001 3350 40
            VOLUME CMS002 3370
            """;

    static final String DIRECT = """
            USER ALICE ALICE 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 1 3 CMS001 MR
             LINK MAINT 19E 19E RR
            USER BOB BOB 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 4 2 CMS001 MR
             MDISK 192 3370 1 2000 CMS002 MR
             LINK MAINT 19E 19E RR
            USER MAINT MAINT 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             MDISK 19E 3350 6 2 CMS001 MR
             MDISK 191 3350 8 1 CMS001 MR
            USER RSCS RSCS 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    private CmsSystem() {
    }

    static RunningSystem.Options options(Path dir, RunningSystem.Start start) throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        return new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"),
                dir.resolve("user.direct"), start, List.of(new Cms()));
    }
}
