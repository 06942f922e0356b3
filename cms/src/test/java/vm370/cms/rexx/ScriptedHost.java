package vm370.cms.rexx;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test host standing in for CMS: records every command with its environment, answers with
 * scripted return codes, routes EXECIO to a real {@link ExecIo} over in-memory files, answers CP
 * commands from a table, and provides the CMS host functions DIAG, DIAGRC and CMSFLAG.
 */
final class ScriptedHost implements RexxHost {

    /** One command as the host received it. */
    record Sent(String environment, String command) {
    }

    final List<String> said = new ArrayList<>();
    final List<String> traced = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    final Deque<String> terminal = new ArrayDeque<>();
    final Map<String, Integer> returnCodes = new HashMap<>();
    final Map<String, List<String>> cpResponses = new HashMap<>();
    final Map<String, List<String>> files = new HashMap<>();
    final Map<String, String> execs = new HashMap<>();
    final ProgramStack stack = new ProgramStack();
    int haltAfterCommands = -1;
    private final ExecIo execIo = new ExecIo(new MemoryFiles(), command -> {
        List<String> lines = cpResponses.get(command);
        return lines == null ? new ExecIo.CpResponse(1, List.of("DMKCFC003E Invalid option - " + command))
                : new ExecIo.CpResponse(0, lines);
    });

    /** The in-memory file system behind EXECIO. */
    private final class MemoryFiles implements RecordFiles {
        @Override
        public Optional<List<String>> read(String fileName, String fileType, String fileMode) {
            return Optional.ofNullable(files.get(fileName + " " + fileType + " " + fileMode));
        }

        @Override
        public void write(String fileName, String fileType, String fileMode, int recordNumber, String record) {
            List<String> f = files.computeIfAbsent(fileName + " " + fileType + " " + fileMode, k -> new ArrayList<>());
            if (recordNumber == 0 || recordNumber > f.size()) {
                f.add(record);
            } else {
                f.set(recordNumber - 1, record);
            }
        }

        @Override
        public void close(String fileName, String fileType, String fileMode) {
        }
    }

    Rexx.Outcome run(String source, String... arguments) {
        return Rexx.run(this, "TEST EXEC", source, List.of(arguments));
    }

    @Override
    public void say(String line) {
        said.add(line);
    }

    @Override
    public void traceOutput(String line) {
        traced.add(line);
    }

    @Override
    public String readTerminal() {
        return terminal.poll();
    }

    @Override
    public ProgramStack stack() {
        return stack;
    }

    @Override
    public int command(String environment, String command, VariablePool variables) {
        sent.add(new Sent(environment, command));
        if (haltAfterCommands > 0) {
            haltAfterCommands--;
        }
        String word = command.strip().split(" +")[0].toUpperCase();
        if (word.equals("EXECIO") && !environment.equals("CP")) {
            return execIo.run(command.strip().substring(6), stack, variables, traced::add);
        }
        return returnCodes.getOrDefault(command, environment.equals("CMS") || environment.equals("COMMAND")
                || environment.equals("CP") ? 0 : COMMAND_NOT_FOUND);
    }

    @Override
    public String initialEnvironment() {
        return "CMS";
    }

    @Override
    public String systemName() {
        return "CMS";
    }

    @Override
    public Optional<ExternalProgram> findExternal(String name, String callerName) {
        String source = execs.get(name);
        return source == null ? Optional.empty() : Optional.of(new ExternalProgram(name + " EXEC", source));
    }

    @Override
    public Optional<String> callFunction(String name, List<String> arguments) {
        return switch (name) {
            case "DIAG", "DIAGRC" -> {
                if (arguments.isEmpty() || !"08".equals(arguments.getFirst())) {
                    yield Optional.of("");
                }
                List<String> lines = cpResponses.getOrDefault(arguments.get(1), List.of());
                String response = String.join("\n", lines) + "\n";
                yield Optional.of(name.equals("DIAGRC") ? "%10d      ".formatted(0) + response : response);
            }
            case "CMSFLAG" -> Optional.of(arguments.isEmpty() ? "" : arguments.getFirst().equalsIgnoreCase("ABBREV") ? "1" : "0");
            default -> Optional.empty();
        };
    }

    @Override
    public String userId() {
        return "MAINT";
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("1983-06-15T14:30:05Z"), ZoneOffset.UTC);
    }

    @Override
    public boolean haltRequested() {
        return haltAfterCommands == 0;
    }
}
