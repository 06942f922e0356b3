package vm370.rscs.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vm370.rscs.link.Link;
import vm370.rscs.link.LinkState;
import vm370.rscs.link.QueuedFile;
import vm370.rscs.route.Route;

/**
 * RSCS commands, from the operator's console, from local users by SMSG, and from users of other
 * nodes by nodal command records: QUERY SYSTEM/LINKS/QUEUES/node, START, DRAIN, FLUSH, HOLD, FREE,
 * CHANGE, ROUTE, CMD, MSG, and CPQ (the CP QUERY probe other nodes send). Anyone may QUERY, send
 * MSG and CMD; the operator and AUTH users may do the rest; other nodes' users only QUERY and CPQ.
 * Keywords may be abbreviated to their capitals (Query, STart, DRain, FLush, HOld, FRee, CHange, ROute).
 * @vm370 DMTCMX
 */
public final class CommandProcessor {

    private record Verb(String name, int minimum, boolean privileged, boolean remote) {
        boolean matches(String word) {
            return word.length() >= minimum && name.startsWith(word);
        }
    }

    private static final List<Verb> VERBS = List.of(
            new Verb("QUERY", 1, false, true), new Verb("START", 2, true, false), new Verb("DRAIN", 2, true, false),
            new Verb("FLUSH", 2, true, false), new Verb("HOLD", 2, true, false), new Verb("FREE", 2, true, false),
            new Verb("CHANGE", 2, true, false), new Verb("ROUTE", 2, true, false), new Verb("CMD", 3, false, false),
            new Verb("MSG", 1, false, false), new Verb("CPQ", 3, false, true));

    /** A command as the command reference lists it: its name and how many letters it may be cut to. */
    public record Keyword(String name, int minimum) { }

    /** Every command, in the order the processor tries them. */
    public static List<Keyword> keywords() {
        return VERBS.stream().map(v -> new Keyword(v.name(), v.minimum())).toList();
    }

    private final Operations operations;

    public CommandProcessor(Operations operations) {
        this.operations = operations;
    }

    /** Executes a command and returns the reply lines for the asker. */
    public List<String> execute(String line, Asker asker) {
        String[] words = line.strip().split("\\s+", 2);
        String word = words[0].toUpperCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        if (word.isEmpty()) {
            return List.of();
        }
        Optional<Verb> verb = VERBS.stream().filter(v -> v.matches(word)).findFirst();
        if (verb.isEmpty()) {
            return List.of(RscsMessage.INVALID_COMMAND.text(word));
        }
        boolean allowed = switch (asker) {
            case Asker.Console c -> true;
            case Asker.LocalUser u -> !verb.get().privileged() || operations.authorized(u.userid());
            case Asker.RemoteUser r -> verb.get().remote();
        };
        if (!allowed) {
            return List.of(RscsMessage.NOT_AUTHORIZED.text(verb.get().name()));
        }
        String[] operands = rest.isEmpty() ? new String[0] : rest.toUpperCase(Locale.ROOT).split("\\s+");
        return switch (verb.get().name()) {
            case "QUERY" -> query(operands);
            case "START" -> start(operands);
            case "DRAIN" -> onLink(operands, link -> {
                link.drain();
                return List.of(RscsMessage.DRAINED.text(link.node()));
            });
            case "FLUSH" -> onLink(operands, operations::flush);
            case "HOLD" -> onLink(operands, link -> {
                link.hold(true);
                return List.of(RscsMessage.HELD.text(link.node()));
            });
            case "FREE" -> onLink(operands, link -> {
                link.hold(false);
                operations.linkReady(link);
                return List.of(RscsMessage.FREED.text(link.node()));
            });
            case "CHANGE" -> change(operands);
            case "ROUTE" -> route(operands);
            case "CMD" -> remote(rest, asker);
            case "MSG" -> message(rest, asker);
            default -> operations.cpQuery(rest);
        };
    }

    private List<String> query(String[] operands) {
        String what = operands.length == 0 ? "SYSTEM" : operands[0];
        Map<String, Link> links = operations.routing().links();
        if (what.length() >= 1 && "SYSTEM".startsWith(what)) {
            long active = links.values().stream().filter(l -> l.state() == LinkState.ACTIVE).count();
            int queued = links.values().stream().mapToInt(l -> waiting(l).size()).sum();
            return List.of(RscsMessage.SYSTEM.text(operations.routing().localNode(), links.size(), active, queued));
        }
        if (what.length() >= 1 && "LINKS".startsWith(what)) {
            List<String> lines = new ArrayList<>();
            for (Link l : sorted(links)) {
                lines.add(RscsMessage.LINK_STATUS.text(l.node(), l.state().text(), l.queueLength(), l.filesSent(),
                        l.filesReceived(), l.definition().host(), l.definition().port(), l.held() ? " HOLD" : ""));
            }
            return lines;
        }
        if (what.length() >= 1 && "QUEUES".startsWith(what)) {
            List<String> lines = new ArrayList<>();
            for (Link l : sorted(links)) {
                for (QueuedFile f : waiting(l)) {
                    lines.add(RscsMessage.QUEUED_FILE.text(l.node(), f.spoolId(), f.job().originNode(),
                            f.job().originUser(), f.dataset().destinationNode(), f.dataset().destinationUser(),
                            f.dataset().fileName(), f.dataset().fileType(), f.records()));
                }
            }
            return lines.isEmpty() ? List.of(RscsMessage.NO_FILES.text()) : lines;
        }
        return switch (operations.routing().resolve(what)) {
            case Route.Local l -> List.of(RscsMessage.NODE_LOCAL.text(what));
            case Route.ViaLink v -> List.of(RscsMessage.NODE_ROUTE.text(what, v.link().node(), v.link().state().text()));
            case Route.Unknown u -> List.of(RscsMessage.NO_SUCH_NODE.text(what));
        };
    }

    /** The link's files: those on its queue, then those still held in the reader for it. */
    private List<QueuedFile> waiting(Link link) {
        List<QueuedFile> files = new ArrayList<>(link.queued().stream().map(QueuedFile::of).toList());
        files.addAll(operations.parked(link));
        return files;
    }

    private static List<Link> sorted(Map<String, Link> links) {
        return links.values().stream().sorted(java.util.Comparator.comparing(Link::node)).toList();
    }

    private List<String> start(String[] operands) {
        if (operands.length == 0) {
            List<String> lines = new ArrayList<>();
            for (Link link : sorted(operations.routing().links())) {
                link.start();
                lines.add(RscsMessage.STARTED.text(link.node()));
            }
            return lines;
        }
        return onLink(operands, link -> {
            link.start();
            return List.of(RscsMessage.STARTED.text(link.node()));
        });
    }

    private List<String> onLink(String[] operands, java.util.function.Function<Link, List<String>> action) {
        if (operands.length == 0) {
            return List.of(RscsMessage.OPERAND_MISSING.text());
        }
        return operations.routing().link(operands[0]).map(action)
                .orElseGet(() -> List.of(RscsMessage.NO_SUCH_LINK.text(operands[0])));
    }

    private List<String> change(String[] operands) {
        if (operands.length < 3 || !operands[0].matches("\\d{1,4}") || !"CLASS".startsWith(operands[1])
                || operands[1].length() < 2 || operands[2].length() != 1) {
            return List.of(RscsMessage.OPERAND_MISSING.text());
        }
        return operations.changeClass(Integer.parseInt(operands[0]), operands[2].charAt(0));
    }

    private List<String> route(String[] operands) {
        if (operands.length == 2 && operands[1].equals("OFF")) {
            return List.of(operations.routing().unroute(operands[0]) ? RscsMessage.UNROUTED.text(operands[0])
                    : RscsMessage.NO_SUCH_NODE.text(operands[0]));
        }
        int at = operands.length == 3 && operands[1].equals("TO") ? 2 : 1;
        if (operands.length != at + 1 || operands[0].length() > 8) {
            return List.of(RscsMessage.OPERAND_MISSING.text());
        }
        return List.of(operations.routing().route(operands[0], operands[at])
                ? RscsMessage.ROUTED.text(operands[0], operands[at]) : RscsMessage.NO_SUCH_LINK.text(operands[at]));
    }

    private List<String> remote(String rest, Asker asker) {
        String[] w = rest.split("\\s+", 2);
        if (w.length < 2 || w[0].length() > 8) {
            return List.of(RscsMessage.OPERAND_MISSING.text());
        }
        String node = w[0].toUpperCase(Locale.ROOT);
        if (operations.routing().resolve(node) instanceof Route.Local) {
            return execute(w[1], asker);
        }
        return operations.remoteCommand(node, replyUser(asker), w[1]);
    }

    private List<String> message(String rest, Asker asker) {
        String[] w = rest.split("\\s+", 3);
        if (w.length < 2 || w[0].length() > 8 || w[1].length() > 8) {
            return List.of(RscsMessage.OPERAND_MISSING.text());
        }
        return operations.message(w[0].toUpperCase(Locale.ROOT), w[1].toUpperCase(Locale.ROOT), replyUser(asker),
                w.length > 2 ? w[2] : "");
    }

    private static String replyUser(Asker asker) {
        return switch (asker) {
            case Asker.Console c -> "";
            case Asker.LocalUser u -> u.userid();
            case Asker.RemoteUser r -> r.userid();
        };
    }
}
