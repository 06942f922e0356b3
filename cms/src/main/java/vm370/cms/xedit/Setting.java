package vm370.cms.xedit;

import java.util.List;
import java.util.Locale;
import vm370.cms.fs.RecordFormat;

/**
 * The operands of SET, QUERY and EXTRACT: one row per setting or fact, with its shortest
 * abbreviation, how SET changes it (null: read only) and its values as EXTRACT gives them
 * ({@code name.1}, {@code name.2}...) and QUERY shows them (after the name).
 */
enum Setting {
    //        name        min  setter                  values
    ALT      ("ALT",       3,  null,                   (e, f) -> List.of(n(f.alterations()), n(f.alterations()))),
    AUTOSAVE ("AUTOSAVE",  5,  SettingValues::autosave, (e, f) -> List.of(f.settings.autosave == 0 ? "OFF" : n(f.settings.autosave))),
    CASE     ("CASE",      2,  SettingValues::caseSet, (e, f) -> List.of(f.settings.caseUpper ? "UPPER" : "MIXED",
                                                              f.settings.caseRespect ? "RESPECT" : "IGNORE")),
    CMDLINE  ("CMDLINE",   3,  SettingValues::cmdline, (e, f) -> List.of(f.settings.cmdline)),
    COLUMN   ("COLUMN",    3,  null,                   (e, f) -> List.of(n(f.column()))),
    CURLINE  ("CURLINE",   4,  SettingValues::curline, (e, f) -> List.of(f.settings.curline, n(f.current()),
                                                              f.atTop() || f.atEnd() ? SettingValues.marker(f) : f.text(f.current()))),
    EOF      ("EOF",       3,  null,                   (e, f) -> List.of(f.atEnd() ? "ON" : "OFF")),
    FMODE    ("FMODE",     2,  SettingValues::fmode,   (e, f) -> List.of(f.ref().fileMode())),
    FNAME    ("FNAME",     2,  SettingValues::fname,   (e, f) -> List.of(f.ref().fileName())),
    FTYPE    ("FTYPE",     2,  SettingValues::ftype,   (e, f) -> List.of(f.ref().fileType())),
    HEX      ("HEX",       3,  SettingValues::hex,     (e, f) -> List.of(onOff(f.settings.hex))),
    LINE     ("LINE",      2,  null,                   (e, f) -> List.of(n(f.current()))),
    LRECL    ("LRECL",     3,  SettingValues::lrecl,   (e, f) -> List.of(n(f.lrecl()))),
    NUMBER   ("NUMBER",    3,  SettingValues::number,  (e, f) -> List.of(onOff(f.settings.number))),
    PREFIX   ("PREFIX",    3,  SettingValues::prefix,  (e, f) -> List.of(f.settings.prefix, f.settings.prefixRight ? "RIGHT" : "LEFT")),
    RECFM    ("RECFM",     5,  SettingValues::recfm,   (e, f) -> List.of(f.format().name())),
    RING     ("RING",      4,  null,                   SettingValues::ring),
    SCOPE    ("SCOPE",     2,  SettingValues::scope,   (e, f) -> List.of(f.settings.scopeAll ? "ALL" : "DISPLAY")),
    SERIAL   ("SERIAL",    3,  SettingValues::serial,  (e, f) -> f.settings.serial == null ? List.of("OFF")
                                                              : List.of(f.settings.serial, n(f.settings.serialIncrement), n(f.settings.serialStart))),
    SIZE     ("SIZE",      2,  null,                   (e, f) -> List.of(n(f.size()))),
    STAY     ("STAY",      4,  SettingValues::stay,    (e, f) -> List.of(onOff(f.settings.stay))),
    TOF      ("TOF",       3,  null,                   (e, f) -> List.of(f.atTop() ? "ON" : "OFF")),
    TRUNC    ("TRUNC",     5,  SettingValues::trunc,   (e, f) -> List.of(n(FileSettings.column(f.settings.trunc, f.lrecl())))),
    VERIFY   ("VERIFY",    1,  SettingValues::verify,  (e, f) -> List.of("ON", n(f.settings.verifyLeft),
                                                              n(FileSettings.column(f.settings.verifyRight, f.lrecl())))),
    WRAP     ("WRAP",      2,  SettingValues::wrap,    (e, f) -> List.of(onOff(f.settings.wrap))),
    ZONE     ("ZONE",      1,  SettingValues::zone,    (e, f) -> List.of(n(f.settings.zoneLeft),
                                                              n(FileSettings.column(f.settings.zoneRight, f.lrecl()))));

    /** SET's work: the operands after the name; returns the return code (reporting errors itself). */
    @FunctionalInterface
    interface Setter {
        int set(Editor editor, EditFile file, String operands);
    }

    @FunctionalInterface
    interface Values {
        List<String> of(Editor editor, EditFile file);
    }

    private final String fullName;
    private final int minimum;
    private final Setter setter;
    private final Values values;

    Setting(String fullName, int minimum, Setter setter, Values values) {
        this.fullName = fullName;
        this.minimum = minimum;
        this.setter = setter;
        this.values = values;
    }

    String fullName() {
        return fullName;
    }

    /** How many letters the name may be cut to. */
    int minimum() {
        return minimum;
    }

    boolean settable() {
        return setter != null;
    }

    int set(Editor e, EditFile f, String operands) {
        return setter.set(e, f, operands);
    }

    List<String> values(Editor e, EditFile f) {
        return values.of(e, f);
    }

    static java.util.Optional<Setting> lookup(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        for (Setting s : values()) {
            if (w.length() >= s.minimum && s.fullName.startsWith(w)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    static String onOff(boolean on) {
        return on ? "ON" : "OFF";
    }

    /** RECFM as SET takes it. */
    static RecordFormat format(String word) {
        return word.equals("F") ? RecordFormat.F : word.equals("V") ? RecordFormat.V : null;
    }
}
