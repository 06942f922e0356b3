package vm370.directory.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole compiled directory, immutable: the residence, the profiles and the user entries in
 * source order, indexed by name. CP reads one of these as a snapshot; changes build a new one.
 * Userids and profile names are upper case, as the parser leaves them.
 */
public final class Directory {

    private final Optional<Residence> residence;
    private final List<Profile> profiles;
    private final List<UserEntry> users;
    private final Map<String, UserEntry> userById;
    private final Map<String, Profile> profileByName;

    public Directory(Optional<Residence> residence, List<Profile> profiles, List<UserEntry> users) {
        this.residence = residence;
        this.profiles = List.copyOf(profiles);
        this.users = List.copyOf(users);
        this.userById = new HashMap<>(users.size() * 2);
        for (UserEntry user : users) {
            userById.putIfAbsent(user.userid(), user);
        }
        this.profileByName = new HashMap<>();
        for (Profile profile : profiles) {
            profileByName.putIfAbsent(profile.name(), profile);
        }
    }

    /** An empty directory: what a system has before its first DIRECTXA. */
    public static Directory empty() {
        return new Directory(Optional.empty(), List.of(), List.of());
    }

    public Optional<Residence> residence() {
        return residence;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    public List<UserEntry> users() {
        return users;
    }

    public Optional<UserEntry> user(String userid) {
        return Optional.ofNullable(userById.get(userid));
    }

    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profileByName.get(name));
    }

    /** The statements in force for a user: its profile's, then its own. */
    public List<EntryStatement> statements(UserEntry user) {
        Profile profile = user.include().map(profileByName::get).orElse(null);
        if (profile == null || profile.statements().isEmpty()) {
            return user.statements();
        }
        List<EntryStatement> all = new ArrayList<>(profile.statements().size() + user.statements().size());
        all.addAll(profile.statements());
        all.addAll(user.statements());
        return Collections.unmodifiableList(all);
    }

    /** The minidisk a user owns (directly or through its profile) at {@code vaddr}. */
    public Optional<EntryStatement.Minidisk> minidisk(UserEntry user, int vaddr) {
        for (EntryStatement statement : statements(user)) {
            if (statement instanceof EntryStatement.Minidisk disk && disk.vaddr() == vaddr) {
                return Optional.of(disk);
            }
        }
        return Optional.empty();
    }

    /** This directory with {@code user} added at the end, or replacing the entry of the same userid in place. */
    public Directory withUser(UserEntry user) {
        List<UserEntry> next = new ArrayList<>(users);
        int index = indexOf(user.userid());
        if (index < 0) {
            next.add(user);
        } else {
            next.set(index, user);
        }
        return new Directory(residence, profiles, next);
    }

    /** This directory without the entry of {@code userid}. */
    public Directory withoutUser(String userid) {
        List<UserEntry> next = new ArrayList<>(users);
        next.removeIf(user -> user.userid().equals(userid));
        return new Directory(residence, profiles, next);
    }

    private int indexOf(String userid) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).userid().equals(userid)) {
                return i;
            }
        }
        return -1;
    }
}
