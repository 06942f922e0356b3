package vm370.cp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vm370.cp.command.CommandResponse;
import vm370.cp.vio.ChannelToChannelAdapter;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vio.SpooledWriter;
import vm370.cp.vio.TemporaryDisks;
import vm370.cp.vio.Volumes;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.model.Extent;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.device.SwitchedDevice;
import vm370.s370.device.console.Console3215;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.dasd.DasdVolume;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.line.TransmissionLine;

/**
 * The devices CP defines and removes while a user is logged on: temporary disks from the T-disk
 * volumes, virtual channel-to-channel adapters and their COUPLE, and DETACH of any device. Each
 * answer is the response CP gives the user, so the DEFINE, COUPLE and DETACH commands pass it on.
 * Device changes run on the machine's own thread.
 * @vm370 DMKDEF, DMKVDD, DMKDIA
 */
final class VirtualDevices {

    private final TemporaryDisks temporaryDisks;
    private final Volumes volumes;
    /** Each user's T-disks by virtual address, freed at DETACH and LOGOFF. */
    private final Map<String, Map<Integer, Extent>> tdisks = new ConcurrentHashMap<>();

    /** The logged-on machine of a userid, to tell the other side of a CTCA it was dropped. */
    private final Function<String, Optional<VirtualMachine>> machines;

    VirtualDevices(TemporaryDisks temporaryDisks, Volumes volumes, Function<String, Optional<VirtualMachine>> machines) {
        this.temporaryDisks = temporaryDisks;
        this.volumes = volumes;
        this.machines = machines;
    }

    TemporaryDisks temporaryDisks() {
        return temporaryDisks;
    }

    /**
     * DEFINE T3330|T3350|T3370|TDISK vaddr size: a cleared temporary disk of {@code size} cylinders
     * (blocks for FBA) from the T-disk space. TDISK takes the type of the first T-disk volume.
     */
    CommandResponse defineTemporaryDisk(VirtualMachine machine, int vaddr, String type, int size) {
        String upper = type.toUpperCase(Locale.ROOT);
        Optional<DasdGeometry> geometry = upper.equals("TDISK") ? temporaryDisks.defaultType()
                : upper.startsWith("T") ? DasdGeometry.byName(upper.substring(1)) : Optional.empty();
        if (geometry.isEmpty() || (!upper.equals("TDISK") && !upper.matches("T\\d{4}"))) {
            return new CommandResponse(List.of("DMKDEF003E INVALID OPTION - " + upper), 3);
        }
        if (size <= 0) {
            return new CommandResponse(List.of("DMKDEF026E OPERAND MISSING OR INVALID"), 26);
        }
        if (machine.call(() -> machine.devices().containsKey(vaddr))) {
            return new CommandResponse(List.of(String.format("DMKDEF092E DEVICE %03X ALREADY DEFINED", vaddr)), 92);
        }
        Optional<Extent> extent = temporaryDisks.allocate(geometry.get(), size);
        if (extent.isEmpty()) {
            return new CommandResponse(List.of(String.format("DMKDEF091E DASD %03X NOT DEFINED; TEMP SPACE NOT AVAILABLE", vaddr)), 91);
        }
        try {
            volumes.clear(extent.get());
            ChannelDevice disk = volumes.minidisk(extent.get(), false);
            boolean attached = machine.call(() -> {
                if (machine.devices().containsKey(vaddr)) {
                    return false;
                }
                machine.attach(vaddr, disk);
                return true;
            });
            if (!attached) {
                temporaryDisks.free(extent.get());
                return new CommandResponse(List.of(String.format("DMKDEF092E DEVICE %03X ALREADY DEFINED", vaddr)), 92);
            }
        } catch (IOException e) {
            temporaryDisks.free(extent.get());
            return new CommandResponse(List.of(String.format("DMKDEF091E DASD %03X NOT DEFINED; TEMP SPACE NOT AVAILABLE", vaddr)), 91);
        }
        tdisks.computeIfAbsent(machine.userid(), u -> new ConcurrentHashMap<>()).put(vaddr, extent.get());
        return CommandResponse.ok(String.format("DASD %03X DEFINED", vaddr));
    }

    /** DEFINE CTCA vaddr: an uncoupled channel-to-channel adapter. */
    CommandResponse defineChannelToChannelAdapter(VirtualMachine machine, int vaddr) {
        boolean attached = machine.call(() -> {
            if (machine.devices().containsKey(vaddr)) {
                return false;
            }
            machine.attach(vaddr, new ChannelToChannelAdapter(new ChannelToChannelAdapter.End(machine.userid(), vaddr), machine::perform));
            return true;
        });
        return attached ? CommandResponse.ok(String.format("CTC %03X DEFINED", vaddr))
                : new CommandResponse(List.of(String.format("DMKDEF092E DEVICE %03X ALREADY DEFINED", vaddr)), 92);
    }

    /**
     * COUPLE vaddrA TO userid vaddrB: joins the issuer's CTCA to another user's. The issuer gets
     * {@code CTCA vaddrA COUPLE TO userid vaddrB}, the other user {@code CTCA vaddrB COUPLE BY issuer vaddrA}.
     */
    CommandResponse couple(VirtualMachine a, int vaddrA, VirtualMachine b, int vaddrB) {
        ChannelDevice one = a.call(() -> a.devices().get(vaddrA));
        ChannelDevice two = b.call(() -> b.devices().get(vaddrB));
        if (!(one instanceof ChannelToChannelAdapter ctcaA)) {
            return notCtca(vaddrA, one);
        }
        if (!(two instanceof ChannelToChannelAdapter ctcaB)) {
            return notCtca(vaddrB, two);
        }
        if (!ChannelToChannelAdapter.couple(ctcaA, ctcaB)) {
            return new CommandResponse(List.of(String.format("DMKDIA141E CTCA %03X BUSY", ctcaA.coupled() ? vaddrA : vaddrB)), 141);
        }
        b.consoleLine(String.format("CTCA %03X COUPLE BY %s %03X", vaddrB, a.userid(), vaddrA));
        return CommandResponse.ok(String.format("CTCA %03X COUPLE TO %s %03X", vaddrA, b.userid(), vaddrB));
    }

    private static CommandResponse notCtca(int vaddr, ChannelDevice device) {
        return device == null
                ? new CommandResponse(List.of(String.format("DMKDIA040E DEV %03X DOES NOT EXIST", vaddr)), 40)
                : new CommandResponse(List.of(String.format("DMKDIA141E DEV %03X NOT A CTCA", vaddr)), 141);
    }

    /**
     * DETACH vaddr: the device goes; a T-disk's space goes back to CP, a coupled CTCA is dropped
     * first (both users are told: CTCA vaddr DROP FROM userid vaddr), a minidisk link is let go by
     * the caller's {@code unlink}.
     */
    CommandResponse detach(VirtualMachine machine, int vaddr, Runnable unlink) {
        ChannelDevice device = machine.call(() -> vaddr == machine.consoleAddress() ? null : machine.detach(vaddr));
        if (device == null) {
            return new CommandResponse(List.of(String.format("DMKVDD040E DEV %03X DOES NOT EXIST", vaddr)), 40);
        }
        String type = typeName(device);
        List<String> lines = new ArrayList<>();
        if (device instanceof ChannelToChannelAdapter ctca) {
            drop(ctca).ifPresent(lines::add);
        }
        if (device instanceof SwitchedDevice switched) {
            switched.release();
        }
        Map<Integer, Extent> held = tdisks.get(machine.userid());
        Extent tdisk = held == null ? null : held.remove(vaddr);
        if (tdisk != null) {
            temporaryDisks.free(tdisk);
        } else {
            unlink.run();
        }
        lines.add(String.format("%s %03X DETACHED", type, vaddr));
        return new CommandResponse(lines, 0);
    }

    /**
     * Uncouples a CTCA: the other side's user is told {@code CTCA vaddr DROP FROM userid vaddr}; the
     * same text, seen from this side, is returned for this side's user.
     */
    private Optional<String> drop(ChannelToChannelAdapter ctca) {
        Optional<ChannelToChannelAdapter.End> peer = ctca.peer();
        ctca.uncouple();
        return peer.map(other -> {
            ChannelToChannelAdapter.End self = ctca.end();
            machines.apply(other.userid()).ifPresent(m -> m.consoleLine(
                    String.format("CTCA %03X DROP FROM %s %03X", other.vaddr(), self.userid(), self.vaddr())));
            return String.format("CTCA %03X DROP FROM %s %03X", self.vaddr(), other.userid(), other.vaddr());
        });
    }

    /** LOGOFF: every T-disk of the user back to CP, every CTCA uncoupled. The machine's thread has ended. */
    void logoff(VirtualMachine machine) {
        Map<Integer, Extent> held = tdisks.remove(machine.userid());
        if (held != null) {
            held.values().forEach(temporaryDisks::free);
        }
        machine.devices().values().stream().filter(ChannelToChannelAdapter.class::isInstance)
                .map(ChannelToChannelAdapter.class::cast).forEach(this::drop);
        // A terminal dialed to the machine goes back to CP.
        machine.devices().values().stream().filter(SwitchedDevice.class::isInstance)
                .map(SwitchedDevice.class::cast).forEach(SwitchedDevice::release);
    }

    /** The device type word of CP's DEFINE and DETACH responses. */
    static String typeName(ChannelDevice device) {
        return switch (device) {
            case DasdVolume d -> "DASD";
            case ChannelToChannelAdapter c -> "CTCA";
            case SpooledReader r -> "RDR";
            case SpooledWriter w -> w.describe().startsWith("1403") ? "PRT" : "PUN";
            case Console3215 c -> "CONS";
            case Display3270 d -> "GRAF";
            case TransmissionLine l -> "LINE";
            default -> "DEV";
        };
    }
}
