package vm370.cp.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.Tokens;
import vm370.cp.security.SecurityJournal;
import vm370.cp.vm.ConsoleOutput;
import vm370.cp.vm.MessageEditing;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.LogonMethod;
import vm370.directory.LogonVerdict;

/**
 * One terminal's conversation with CP, whatever the terminal: the logo, LOGON and the password,
 * then the user's console, where a line goes to CP (CP mode, {@code #CP}) or to the virtual
 * machine's console read, and PA1 or BREAK stops the machine for CP. Input arrives on the
 * terminal's thread; output and status changes may come from any thread.
 * @vm370 DMKLOG
 */
final class TerminalSession implements ConsoleOutput {

    /** Where the conversation is. */
    enum Phase { LOGO, PRELOGON, PASSWORD, LOGGED_ON }

    private final ConsoleSessions sessions;
    private final ConsoleDevice device;
    private final TerminalSettings settings = new TerminalSettings();
    private volatile Phase phase;
    /** The userid (and LOGON ... BY user) waiting for its password; owned by the terminal's thread. */
    private String logonUser;
    private String logonBy;
    private volatile VirtualMachine machine;
    /** PA1 (or reconnect) put the terminal in CP mode: lines go to CP until BEGIN. */
    private volatile boolean cpMode;
    /** SET RUN ON: the next line goes to CP while the machine runs on. */
    private volatile boolean runOnce;
    /** The machine's line this terminal is DIALed to, or null: it takes the lines entered and BREAK. */
    private volatile DialedLine dialedLine;

    TerminalSession(ConsoleSessions sessions, ConsoleDevice device) {
        this.sessions = sessions;
        this.device = device;
    }

    TerminalSettings settings() {
        return settings;
    }

    VirtualMachine machine() {
        return machine;
    }

    ConsoleDevice device() {
        return device;
    }

    /** The logo (or the greeting), waiting for a first key. */
    void showLogo(boolean needsKey) {
        machine = null;
        cpMode = false;
        phase = needsKey ? Phase.LOGO : Phase.PRELOGON;
        device.logo();
    }

    /** What the status area shows when the screen has nothing of its own to say. */
    ConsoleStatus readState() {
        VirtualMachine m = machine;
        if (dialedLine != null) {
            return ConsoleStatus.RUNNING;
        }
        return switch (phase) {
            case LOGO -> ConsoleStatus.RUNNING;
            case PRELOGON, PASSWORD -> ConsoleStatus.CP_READ;
            case LOGGED_ON -> m == null || inCpMode(m) ? ConsoleStatus.CP_READ
                    : m.consoleReadPending() ? ConsoleStatus.VM_READ : ConsoleStatus.RUNNING;
        };
    }

    private boolean inCpMode(VirtualMachine m) {
        return cpMode || runOnce || m.state() == VirtualMachine.RunState.STOPPED && !m.guestRunning();
    }

    /** True when the guest takes a typed line now (a read is pending, or it runs and will read). */
    boolean vmMode() {
        VirtualMachine m = machine;
        return phase == Phase.LOGGED_ON && m != null && !inCpMode(m);
    }

    /**
     * False when a line for the machine cannot be taken now: one typed before it still waits for
     * the guest's read (the 3270 shows NOT ACCEPTED and keeps the line for the user to enter again).
     */
    boolean accepts(String typed) {
        VirtualMachine m = machine;
        return !vmMode() || settings.cpPrefix(typed) != null || m == null || m.consoleLinesWaiting() == 0;
    }

    // ---- ConsoleOutput: the machine's console, while this terminal is connected ----

    @Override
    public void line(String text) {
        device.line(text);
    }

    @Override
    public void statusChanged() {
        device.refreshStatus();
    }

    // ---- input, on the terminal's thread ----

    /**
     * What the output area shows of a line the user entered: the password as an empty line, and a
     * LOGON line with a password on it (which CP refuses) without the password.
     */
    String echo(String typed) {
        if (phase == Phase.PASSWORD) {
            return "";
        }
        if (phase == Phase.PRELOGON) {
            String[] words = typed.strip().split("\\s+");
            String verb = words[0].toUpperCase(Locale.ROOT);
            boolean logon = !verb.isEmpty() && (Tokens.abbreviates(verb, "Logon") || verb.equals("LOGIN"));
            if (logon && words.length > 2 && !words[2].equalsIgnoreCase("BY")) {
                return words[0] + " " + words[1];
            }
        }
        return typed;
    }

    /** A line the user entered (already echoed by the device, the password as an empty line). */
    void enter(String typed) {
        DialedLine line = dialedLine;
        if (line != null) {
            line.typed(typed);
            return;
        }
        switch (phase) {
            case LOGO -> {
                phase = Phase.PRELOGON;
                device.refreshStatus();
            }
            case PASSWORD -> password(typed);
            case PRELOGON -> settings.edit(typed).forEach(this::preLogon);
            case LOGGED_ON -> loggedOn(typed);
        }
    }

    /** A program function key SET PFnn IMMED defined: its CP commands run, in any mode. */
    void functionKey(String commands) {
        VirtualMachine m = machine;
        if (phase == Phase.LOGGED_ON && m != null) {
            settings.edit(commands).forEach(line -> command(m, line));
        }
    }

    /** PA1 on a 3270, BREAK on a typewriter: CP mode (the machine stops unless SET RUN ON). */
    void attention() {
        DialedLine line = dialedLine;
        if (line != null) {
            line.interrupt();
            return;
        }
        VirtualMachine m = machine;
        if (phase != Phase.LOGGED_ON || m == null || inCpMode(m)) {
            return;
        }
        if (sessions.commands().runOn(m)) {
            runOnce = true;
        } else {
            cpMode = true;
            m.stop();
        }
        device.refreshStatus();
    }

    private void preLogon(String line) {
        String[] words = line.strip().toUpperCase(Locale.ROOT).split("\\s+");
        String verb = words[0];
        if (verb.isEmpty()) {
            return;
        }
        if (Tokens.abbreviates(verb, "Logon") || verb.equals("LOGIN")) {
            logonCommand(words);
        } else if (verb.equals("DIAL")) {
            String refused = sessions.dialing().dial(this, words.length > 1 ? words[1] : null, words.length > 2 ? words[2] : null);
            if (refused != null) {
                device.line(refused);
            }
        } else if (Tokens.abbreviates(verb, "LOGoff")) {
            device.line("LOGOFF AT " + sessions.time().stamp());
        } else if (Tokens.abbreviates(verb, "Message") || verb.equals("MSG")) {
            String[] parts = line.strip().split("\\s+", 3);
            String refused = sessions.messageFromTerminal(device.address(), parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : "");
            if (refused != null) {
                device.line(refused);
            }
        } else {
            device.line("DMKCFC001E ?CP: " + verb);
        }
    }

    /** The terminal is DIALed to a machine's line: what the user enters goes to the guest. */
    void dialLine(DialedLine line) {
        dialedLine = line;
        device.refreshStatus();
    }

    /** The dialed line was dropped: the terminal is CP's again, showing why. */
    void undialLine(String why) {
        dialedLine = null;
        device.line(why);
        device.refreshStatus();
    }

    /** The machine's line this terminal is DIALed to, or null. */
    DialedLine dialedLine() {
        return dialedLine;
    }

    /** LOGON userid [BY byuser]: unknown users are told at once; others are asked for the password. */
    private void logonCommand(String[] words) {
        if (words.length < 2 || words[1].length() > 8) {
            device.line("DMKLOG020E USERID MISSING OR INVALID");
            return;
        }
        String userid = words[1];
        String by = null;
        if (words.length == 4 && words[2].equals("BY")) {
            by = words[3];
        } else if (words.length > 2) {
            // A password on the LOGON line would be on the screen: refused, as with password suppression.
            device.line("DMKLOG002E INVALID FORMAT");
            return;
        }
        if (sessions.cp().directory().lookup(userid).isEmpty()) {
            device.line("DMKLOG053E " + userid + " NOT IN CP DIRECTORY");
            return;
        }
        logonUser = userid;
        logonBy = by;
        phase = Phase.PASSWORD;
        // Hidden before the prompt shows, so that nothing typed after seeing it can be displayed.
        device.hideNextInput();
        device.line("ENTER PASSWORD:");
        device.refreshStatus();
    }

    private void password(String typed) {
        String userid = logonUser;
        String by = logonBy;
        logonUser = null;
        logonBy = null;
        phase = Phase.PRELOGON;
        char[] password = typed.strip().toCharArray();
        try {
            if (sessions.locks().locked(userid)) {
                sessions.journal().record(SecurityJournal.Event.LOGON_LOCKED, userid, "FROM " + where());
                refuse();
                return;
            }
            LogonVerdict verdict = by == null
                    ? sessions.cp().directory().verifyLogon(userid, password, LogonMethod.TERMINAL)
                    : sessions.cp().directory().verifyLogonBy(userid, by, password);
            switch (verdict) {
                case ACCEPTED -> {
                    sessions.locks().succeeded(userid);
                    logon(userid, by);
                }
                case NOT_IN_DIRECTORY -> device.line("DMKLOG053E " + userid + " NOT IN CP DIRECTORY");
                case PASSWORD_INCORRECT, NOLOG, AUTOLOG_ONLY, LOGONBY_ONLY, NOT_AUTHORIZED -> {
                    sessions.journal().record(SecurityJournal.Event.LOGON_FAILED, userid,
                            verdict + (by == null ? "" : " BY " + by) + " FROM " + where());
                    if (sessions.locks().failed(userid)) {
                        sessions.journal().record(SecurityJournal.Event.LOGON_LOCKED, userid, "LOCKED");
                    }
                    refuse();
                }
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void refuse() {
        device.line("DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE");
        device.refreshStatus();
    }

    private String where() {
        return device.kind() + " " + device.address();
    }

    /** The operator's console: the operator is logged on (or reconnected) without a password. */
    void logonTrusted(String userid) {
        logon(userid.toUpperCase(Locale.ROOT), null);
    }

    /** A new machine, or a reconnect to one left disconnected. */
    private void logon(String userid, String by) {
        VirtualMachine existing = sessions.cp().machine(userid).orElse(null);
        if (existing != null) {
            TerminalSession holder = sessions.sessionOf(existing);
            if (holder != null || existing.connected()) {
                String at = holder == null ? "" : " " + holder.device.kind() + " " + holder.device.address();
                device.line("DMKLOG054E ALREADY LOGGED ON" + at);
                device.refreshStatus();
                return;
            }
            reconnect(existing);
            return;
        }
        // The new machine's first lines (its IPL) wait until LOGON AT is out; CP's logon lock is
        // never held across a terminal write.
        HeldOutput held = new HeldOutput();
        var logon = sessions.cp().logon(userid, m -> {
            m.connectConsole(held);
            attach(m);
        });
        switch (logon) {
            case ControlProgram.Logon.Created created -> {
                VirtualMachine m = created.machine();
                sessions.logonMessage().forEach(device::line);
                String files = sessions.filesLine(m.userid());
                if (files != null) {
                    device.line(files);
                }
                device.line("LOGON AT " + sessions.time().stamp());
                created.messages().forEach(device::line);
                held.release();
                m.connectConsole(this);
                sessions.loggedOn(this, m, by);
            }
            case ControlProgram.Logon.AlreadyLoggedOn already -> device.line("DMKLOG054E ALREADY LOGGED ON");
            case ControlProgram.Logon.NotInDirectory missing ->
                    device.line("DMKLOG053E " + missing.userid() + " NOT IN CP DIRECTORY");
        }
        device.refreshStatus();
    }

    private void reconnect(VirtualMachine existing) {
        attach(existing);
        existing.connectConsole(this);
        // As after PA1: the machine waits in CP mode until BEGIN (it ran on while disconnected).
        cpMode = true;
        existing.stop();
        device.line("RECONNECTED AT " + sessions.time().stamp());
        sessions.reconnected(this, existing);
        device.refreshStatus();
    }

    /** Connects this terminal to the machine (its 3270 to DIAGNOSE X'58'); the console follows. */
    private void attach(VirtualMachine m) {
        machine = m;
        phase = Phase.LOGGED_ON;
        sessions.connect(this, m);
        m.connectFullScreen(device.fullScreen());
    }

    /** A new machine's console until LOGON AT is shown: its lines are kept, then passed on in order. */
    private final class HeldOutput implements ConsoleOutput {
        private final List<String> lines = new java.util.ArrayList<>();
        private boolean released;

        @Override
        public synchronized void line(String text) {
            if (released) {
                device.line(text);
            } else {
                lines.add(text);
            }
        }

        @Override
        public void statusChanged() {
            device.refreshStatus();
        }

        synchronized void release() {
            lines.forEach(device::line);
            released = true;
        }
    }

    /** Lets go of the machine (LOGOFF, FORCE, DISCONNECT): its console is no longer this terminal. */
    void detach(boolean needsKey) {
        VirtualMachine m = machine;
        if (m != null) {
            m.connectConsole(sessions.disconnectedConsole(m));
            m.connectFullScreen(vm370.cp.vm.FullScreenConsole.NONE);
            sessions.disconnectFrom(this, m);
        }
        showLogo(needsKey);
    }

    private void loggedOn(String typed) {
        VirtualMachine m = machine;
        String cp = settings.cpPrefix(typed);
        if (cp != null) {
            for (String line : settings.edit(cp)) {
                command(m, line);
            }
            return;
        }
        for (String line : settings.edit(typed)) {
            if (phase != Phase.LOGGED_ON || machine != m) {
                return;
            }
            if (inCpMode(m)) {
                command(m, line);
                runOnce = false;
            } else {
                m.typed(line);
            }
        }
        device.refreshStatus();
    }

    /** A CP command of the logged-on user, run on the machine's thread as VM/370 runs them. */
    private void command(VirtualMachine m, String line) {
        if (line.isBlank()) {
            return;
        }
        String verb = line.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        CommandResponse response;
        try {
            response = m.call(() -> sessions.commands().execute(m, line));
        } catch (IllegalStateException e) {
            // The machine did not take the command (it is going away): CP answers as for no command.
            response = CommandResponse.unknown(verb);
        }
        for (String text : response.lines()) {
            String shown = edited(text, m.messageEditing());
            if (shown != null) {
                device.line(shown);
            }
        }
        if (response.returnCode() == 0 && (Tokens.abbreviates(verb, "Begin") || Tokens.abbreviates(verb, "Ipl"))) {
            cpMode = false;
        }
        device.refreshStatus();
    }

    /**
     * SET EMSG applied to one of CP's lines: TEXT drops the {@code DMKxxxnnnE} id, CODE keeps only
     * it, OFF drops the message; R, S and T messages always show whole. Null when nothing shows.
     */
    static String edited(String line, MessageEditing editing) {
        if (line.length() < 11 || !line.substring(0, 10).matches("DM[A-Z]{4}\\d{3}[EIW]") || line.charAt(10) != ' ') {
            return line;
        }
        return switch (editing) {
            case ON -> line;
            case TEXT -> line.substring(11);
            case CODE -> line.substring(0, 10);
            case OFF -> null;
        };
    }
}
