package vm370.cms.nucleus;

/**
 * What CMS does after IPL with {@code PARM BATCH} (the CMSBATCH service machine): it takes over
 * from the terminal command loop and runs jobs from the reader with {@link CmsSession#execute}.
 * @vm370 DMSBTP
 */
@FunctionalInterface
public interface BatchMonitor {

    void run(CmsSession cms);
}
