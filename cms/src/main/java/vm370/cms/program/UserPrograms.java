package vm370.cms.program;

import java.util.List;
import java.util.Optional;

/**
 * User programs under CMS, for one CMS session: the program-related commands (ASSEMBLE, GENMOD,
 * GLOBAL, INCLUDE, LOAD, LOADMOD, MACLIB, RUN, START, TXTLIB) and MODULE files run by name. The
 * nucleus creates one per IPL over its {@link ProgramHost} and hands it these commands.
 */
public final class UserPrograms {

    private final ProgramHost host;
    private final CmsFiles files;
    private final CmsFunctions functions;
    private final LibraryCommands libraries;
    private final LoadCommands loader;
    private final AssembleCommand assembler;

    public UserPrograms(ProgramHost host) {
        this.host = host;
        GuestMemory memory = new GuestMemory(host.machine());
        this.files = new CmsFiles(host);
        this.functions = new CmsFunctions(host, memory, files, ProgramRunner.FST_AREA);
        this.libraries = new LibraryCommands(host, files);
        ProgramRunner runner = new ProgramRunner(host, memory, functions);
        this.loader = new LoadCommands(host, files, libraries, memory, runner);
        this.assembler = new AssembleCommand(host, files, libraries);
    }

    /**
     * Runs one of the program commands (ASSEMBLE, GENMOD, GLOBAL, INCLUDE, LOAD, LOADMOD, MACLIB, RUN,
     * START, TXTLIB, by full name: CMS takes no abbreviations of them) with its operands; empty when
     * {@code name} is none of them.
     */
    public Optional<Integer> command(String name, String arguments) {
        try {
            return Optional.ofNullable(dispatch(name, arguments));
        } finally {
            functions.files().closeAll();
        }
    }

    private Integer dispatch(String name, String arguments) {
        return switch (name) {
            case "ASSEMBLE" -> assembler.assemble(arguments);
            case "GENMOD" -> loader.genmod(arguments);
            case "GLOBAL" -> libraries.global(arguments);
            case "INCLUDE" -> loader.load(arguments, true);
            case "LOAD" -> loader.load(arguments, false);
            case "LOADMOD" -> loader.loadmod(arguments);
            case "MACLIB", "TXTLIB" -> libraries.library(name, arguments);
            case "RUN" -> run(arguments);
            case "START" -> loader.start(arguments);
            default -> null;
        };
    }

    /** Runs {@code name MODULE} from the search order; empty when no accessed disk has it. */
    public Optional<Integer> runModule(String name, String arguments) {
        try {
            return loader.runModule(name, arguments);
        } finally {
            functions.files().closeAll();
        }
    }

    /** The libraries GLOBAL MACLIB and GLOBAL TXTLIB named, for QUERY MACLIB and QUERY TXTLIB. */
    public List<String> globals(String type) {
        return type.equals("MACLIB") ? libraries.maclibs() : libraries.txtlibs();
    }

    /** RUN fn [args]: fn MODULE, else fn TEXT loaded and started, else fn ASSEMBLE assembled first. */
    private int run(String arguments) {
        String[] parts = arguments.strip().split("\\s+", 2);
        String name = parts[0].toUpperCase(java.util.Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        if (name.isEmpty()) {
            host.type("DMSRUN001E NO FILENAME SPECIFIED");
            return 24;
        }
        if (loader.hasModule(name)) {
            return loader.runModule(name, rest).orElse(28);
        }
        if (files.find(name, "TEXT", "*").isEmpty()) {
            if (files.find(name, "ASSEMBLE", "*").isEmpty()) {
                host.type("DMSRUN002E FILE '" + name + "' NOT FOUND");
                return 28;
            }
            int rc = assembler.assemble(name);
            if (rc > 4) {
                return rc;
            }
        }
        int rc = loader.load(name, false);
        return rc > 4 ? rc : loader.start("* " + rest);
    }
}
