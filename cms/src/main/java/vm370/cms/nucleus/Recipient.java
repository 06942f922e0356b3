package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who SENDFILE, NOTE and TELL send to: {@code userid} on this system, or {@code userid AT node}
 * on another, reached through the RSCS service machine as VM/370 users reached it: the punch is
 * tagged {@code node userid} and spooled to RSCS, a message goes as {@code SMSG RSCS MSG node
 * userid text}. A node that is this system's own name is local.
 */
record Recipient(String userid, String node) {

    /** The RSCS service machine's userid. */
    static final String RSCS = "RSCS";

    /** The recipients in {@code words}: user names, each optionally followed by {@code AT node}. */
    static List<Recipient> parse(List<String> words) {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String user = words.get(i).toUpperCase(Locale.ROOT);
            String node = null;
            if (i + 2 < words.size() && words.get(i + 1).equalsIgnoreCase("AT")) {
                node = words.get(i + 2).toUpperCase(Locale.ROOT);
                i += 2;
            }
            recipients.add(new Recipient(user, node));
        }
        return recipients;
    }

    /** True when the recipient is on another node (this system's name comes from CP's QUERY USERID). */
    boolean remote(CmsSession cms) {
        if (node == null) {
            return false;
        }
        List<String> answer = cms.cp("QUERY USERID").lines();
        return answer.isEmpty() || !answer.getFirst().toUpperCase(Locale.ROOT).endsWith(" AT " + node);
    }

    /** Points the punch at the recipient: straight to its reader, or tagged to RSCS. */
    CpResponse spoolPunch(CmsSession cms) {
        if (remote(cms)) {
            cms.cp(String.format("TAG DEV %03X %s %s", UnitRecord.PUNCH, node, userid));
            return cms.cp("SPOOL PUNCH TO " + RSCS);
        }
        return cms.cp("SPOOL PUNCH TO " + userid);
    }

    /** Gives the punch back: spooled to the user's own reader, the tag cleared. */
    void releasePunch(CmsSession cms) {
        cms.cp("SPOOL PUNCH TO *");
        cms.cp(String.format("TAG DEV %03X", UnitRecord.PUNCH));
    }

    /** A one-line message: CP MSG here, through RSCS to another node. */
    CpResponse tell(CmsSession cms, String text) {
        return remote(cms) ? cms.cp("SMSG " + RSCS + " MSG " + node + " " + userid + " " + text)
                : cms.cp("MSG " + userid + " " + text);
    }

    @Override
    public String toString() {
        return node == null ? userid : userid + " at " + node;
    }
}
