package vm370.cms.nucleus;

/**
 * A command of the CMS command table: runs with the session it is typed in and returns its return
 * code (0 for the plain ready message, anything else for {@code Ready(nnnnn);}). Messages go to
 * {@link CmsSession#console()}.
 */
@FunctionalInterface
public interface CmsCommand {

    int run(CmsSession cms, CommandLine line);
}
