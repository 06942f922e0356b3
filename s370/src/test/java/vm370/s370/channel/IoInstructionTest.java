package vm370.s370.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.testing.ScriptedDevice;

/** The condition codes of SIO, TIO, HIO, HDV, CLRIO, TCH and STIDC for each state of channel, subchannel and device. */
class IoInstructionTest {

    private static final int DEV = 0x0E0;
    private static final int OTHER = 0x190;

    private final ChannelHarness h = new ChannelHarness();
    private final ScriptedDevice device = new ScriptedDevice();
    private final ScriptedDevice other = new ScriptedDevice();

    IoInstructionTest() {
        h.attach(DEV, device).attach(OTHER, other);
        device.on(0x02, (ccw, port) -> UnitStatus.NONE);
    }

    private void startHangingRead() {
        h.ccw(0x800, 0x02, 0x1000, 0, 10).caw(0, 0x800);
        assertEquals(0, h.startIo(DEV));
    }

    @Test
    void everyInstructionGivesCc3ForAnAddressWithNoDevice() {
        assertEquals(3, h.startIo(0x0E1));
        assertEquals(3, h.testIo(0x0E1));
        assertEquals(3, h.channels.haltIo(h.cpu, 0x0E1));
        assertEquals(3, h.channels.haltDevice(h.cpu, 0x0E1));
        assertEquals(3, h.channels.clearIo(h.cpu, 0x0E1));
        assertEquals(3, h.channels.testChannel(h.cpu, 5));
        assertEquals(3, h.channels.storeChannelId(h.cpu, 5));
    }

    @Test
    void anImmediateCommandWithoutChainingEndsAtSioWithCc1AndTheCswStored() {
        h.ccw(0x800, 0x03, 0, 0, 1).caw(2, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(new Csw(2, 0x808, 0x0C, 0, 1), h.csw());
        assertNull(h.interruption());
        assertEquals(0, h.testIo(DEV));
    }

    @Test
    void aCommandRejectedAtInitialSelectionGivesCc1WithUnitCheck() {
        device.on(0x01, (ccw, port) -> UnitStatus.CHECK);
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(UnitStatus.CHECK.bits(), h.csw().unitStatus());
    }

    @Test
    void aBusyDeviceAtInitialSelectionGivesCc1WithBusyInTheStatusPortionOnly() {
        device.on(0x01, (ccw, port) -> UnitStatus.BUSY);
        h.storage.write(64, 8, 0x1122334455667788L);
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(0x1122334410007788L, h.storage.read(64, 8));
    }

    @Test
    void sioAndTioGiveCc2WhileTheSubchannelIsWorking() {
        startHangingRead();
        assertEquals(2, h.startIo(DEV));
        assertEquals(2, h.testIo(DEV));
        assertEquals(0, h.testIo(OTHER));
    }

    @Test
    void sioGivesCc2AndTioStoresTheCswWhenTheSubchannelHasAnInterruptionPending() {
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        assertEquals(0, h.startIo(DEV));
        h.settle();
        assertEquals(2, h.startIo(DEV));
        assertEquals(1, h.testIo(DEV));
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 0), h.csw());
        assertNull(h.interruption());
        assertEquals(0, h.testIo(DEV));
    }

    @Test
    void sioToADeviceHoldingStatusGivesCc1WithBusyAndThatStatusAndClearsIt() {
        device.port.attention();
        h.settle();
        h.ccw(0x800, 0x03, 0, 0, 1).caw(0, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(0x90, h.csw().unitStatus());
        assertNull(h.interruption());
        assertEquals(1, h.startIo(DEV));
        assertEquals(0x0C, h.csw().unitStatus());
    }

    @Test
    void attentionIsPresentedAsAnInterruptionWithZeroAddressAndCount() {
        device.port.attention();
        h.settle();
        assertEquals(new Csw(0, 0, 0x80, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void tioStoresTheStatusADeviceHolds() {
        device.port.attention();
        h.settle();
        assertEquals(1, h.testIo(DEV));
        assertEquals(0x80, h.csw().unitStatus());
        assertEquals(0, h.testIo(DEV));
    }

    @Test
    void haltIoEndsAWorkingOperationWithoutIncorrectLengthOrChaining() {
        device.on(0x02, (ccw, port) -> UnitStatus.NONE);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_COMMAND, 10).ccw(0x808, 0x03, 0, 0, 1).caw(0, 0x800);
        assertEquals(0, h.startIo(DEV));
        device.port.writeByte(1);
        assertEquals(1, h.channels.haltIo(h.cpu, DEV));
        assertEquals(0, h.csw().unitStatus());
        assertEquals(1, device.halts);
        assertEquals(-1, device.port.readByte());
        device.port.end(UnitStatus.END);
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 9), h.takeCsw(DEV));
        assertEquals(1, device.commands.size());
    }

    @Test
    void haltIoGivesCc0WhenTheSubchannelHasAnInterruptionPendingAndCc1ForAnIdleDevice() {
        assertEquals(1, h.channels.haltIo(h.cpu, DEV));
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(0, h.channels.haltDevice(h.cpu, DEV));
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
    }

    @Test
    void clearIoEndsTheOperationStoresTheCswAndLeavesNoInterruption() {
        startHangingRead();
        device.port.writeByte(1);
        assertEquals(1, h.channels.clearIo(h.cpu, DEV));
        assertEquals(new Csw(0, 0x808, 0, 0, 9), h.csw());
        device.port.end(UnitStatus.END);
        h.settle();
        assertNull(h.interruption());
        assertEquals(0, h.testIo(DEV));
        assertEquals(0, h.channels.clearIo(h.cpu, DEV));
    }

    @Test
    void testChannelSaysWhetherAnInterruptionIsPendingOnTheChannel() {
        assertEquals(0, h.channels.testChannel(h.cpu, 0));
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(1, h.channels.testChannel(h.cpu, 0));
        assertEquals(0, h.channels.testChannel(h.cpu, 1));
        h.takeCsw(DEV);
        assertEquals(0, h.channels.testChannel(h.cpu, 0));
    }

    @Test
    void storeChannelIdStoresTheChannelTypeAtLocation168() {
        assertEquals(0, h.channels.storeChannelId(h.cpu, 0));
        assertEquals(0x1, h.storage.read(168, 4) >>> 28);
        assertEquals(0, h.channels.storeChannelId(h.cpu, 1));
        assertEquals(0x2, h.storage.read(168, 4) >>> 28);
    }

    @Test
    void interruptionsAreTakenOnlyFromEnabledChannelsInTheOrderTheyArose() {
        h.ccw(0x800, 0x01, 0x1000, 0, 1).caw(0, 0x800);
        h.startIo(OTHER);
        h.settle();
        h.startIo(DEV);
        h.settle();
        assertNull(h.channels.acceptInterruption(0x20000000));
        assertEquals(DEV, h.channels.acceptInterruption(0x80000000).deviceAddress());
        assertEquals(OTHER, h.channels.acceptInterruption(0xFFFFFFFF).deviceAddress());
        assertNull(h.interruption());
    }

    @Test
    void aDetachedDeviceIsNotOperationalAndItsInterruptionsAreGone() {
        other.port.attention();
        h.settle();
        assertEquals(java.util.List.of(DEV, OTHER), java.util.List.copyOf(h.channels.devices().keySet()));
        assertEquals(true, h.channels.detach(OTHER));
        assertEquals(3, h.testIo(OTHER));
        other.port.attention();
        h.settle();
        assertNull(h.interruption());
        assertEquals(false, h.channels.detach(OTHER));
    }

    @Test
    void aResetDropsOperationsAndInterruptions() {
        startHangingRead();
        other.port.attention();
        h.settle();
        h.channels.reset();
        assertNull(h.interruption());
        assertEquals(0, h.testIo(DEV));
    }
}
