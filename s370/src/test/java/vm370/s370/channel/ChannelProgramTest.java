package vm370.s370.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.testing.ScriptedDevice;

/** CCW execution as the PoO gives it: chaining, skip, SLI, PCI, TIC, IDAW, program and protection checks. */
class ChannelProgramTest {

    private static final int DEV = 0x0E0;
    private static final int CE_DE = 0x0C;

    private final ChannelHarness h = new ChannelHarness();
    private final ScriptedDevice device = new ScriptedDevice();

    ChannelProgramTest() {
        h.attach(DEV, device);
    }

    @Test
    void startIoRunsAWriteAndPresentsChannelEndAndDeviceEndWithTheCswOfTheLastCcw() {
        h.bytes(0x1000, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3).ccw(0x800, 0x01, 0x1000, 0, 3).caw(5, 0x800);
        assertEquals(0, h.startIo(DEV));
        h.settle();
        Csw csw = h.takeCsw(DEV);
        assertEquals(new Csw(5, 0x808, CE_DE, 0, 0), csw);
        assertArrayEquals(new byte[] {(byte) 0xC1, (byte) 0xC2, (byte) 0xC3}, device.written.toByteArray());
        assertNull(h.interruption());
    }

    @Test
    void commandChainingRunsEveryCcwInOrderAndTellsTheDeviceItWasChained() {
        h.ccw(0x800, 0x01, 0x1000, Ccw.CHAIN_COMMAND, 2).ccw(0x808, 0x03, 0, Ccw.CHAIN_COMMAND, 1)
                .ccw(0x810, 0x02, 0x2000, 0, 2).caw(0, 0x800);
        device.input((byte) 1, (byte) 2);
        assertEquals(0, h.startIo(DEV));
        h.settle();
        assertEquals(3, device.commands.size());
        assertEquals(List.of(false, true, true), device.chained);
        assertEquals(new Csw(0, 0x818, CE_DE, 0, 0), h.takeCsw(DEV));
        assertArrayEquals(new byte[] {1, 2}, h.bytes(0x2000, 2));
    }

    @Test
    void dataChainingGathersOutputFromSeveralAreasIntoOneRecord() {
        h.bytes(0x1000, (byte) 1, (byte) 2).bytes(0x3000, (byte) 3, (byte) 4, (byte) 5)
                .ccw(0x800, 0x01, 0x1000, Ccw.CHAIN_DATA, 2).ccw(0x808, 0x00, 0x3000, 0, 3).caw(0, 0x800);
        assertEquals(0, h.startIo(DEV));
        h.settle();
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, device.written.toByteArray());
        assertEquals(1, device.commands.size());
        assertEquals(new Csw(0, 0x810, CE_DE, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void dataChainingThroughATicScattersInput() {
        device.input((byte) 1, (byte) 2, (byte) 3, (byte) 4);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_DATA, 1).ccw(0x808, 0x08, 0x900, 0, 0)
                .ccw(0x900, 0x00, 0x2000, 0, 3).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(1, h.bytes(0x1000, 1)[0]);
        assertArrayEquals(new byte[] {2, 3, 4}, h.bytes(0x2000, 3));
        assertEquals(new Csw(0, 0x908, CE_DE, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void skipCountsInputDownWithoutStoringIt() {
        device.input((byte) 1, (byte) 2, (byte) 3);
        h.bytes(0x1000, (byte) 9, (byte) 9, (byte) 9).ccw(0x800, 0x02, 0x1000, Ccw.SKIP, 3).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertArrayEquals(new byte[] {9, 9, 9}, h.bytes(0x1000, 3));
        assertEquals(new Csw(0, 0x808, CE_DE, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void aShortRecordIndicatesIncorrectLengthAndSuppressesCommandChaining() {
        device.input((byte) 1, (byte) 2);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_COMMAND, 5).ccw(0x808, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(new Csw(0, 0x808, CE_DE, Csw.INCORRECT_LENGTH, 3), h.takeCsw(DEV));
        assertEquals(1, device.commands.size());
    }

    @Test
    void suppressLengthIndicationLetsAShortRecordChainOn() {
        device.input((byte) 1, (byte) 2);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 5).ccw(0x808, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(2, device.commands.size());
        assertEquals(new Csw(0, 0x810, CE_DE, 0, 1), h.takeCsw(DEV));
    }

    @Test
    void aLongRecordIndicatesIncorrectLengthWithResidualZero() {
        device.input((byte) 1, (byte) 2, (byte) 3);
        h.ccw(0x800, 0x02, 0x1000, 0, 2).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(new Csw(0, 0x808, CE_DE, Csw.INCORRECT_LENGTH, 0), h.takeCsw(DEV));
        assertEquals(0, h.bytes(0x1002, 1)[0]);
    }

    @Test
    void incorrectLengthIsIndicatedWhenTheDeviceEndsWhileDataChainingIsStillAsked() {
        device.input((byte) 1, (byte) 2);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_DATA | Ccw.SUPPRESS_LENGTH, 2).ccw(0x808, 0x00, 0x2000, 0, 4).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(Csw.INCORRECT_LENGTH, h.takeCsw(DEV).channelStatus());
    }

    @Test
    void statusModifierMakesCommandChainingSkipOneCcw() {
        device.on(0x31, (ccw, port) -> {
            port.readByte();
            port.end(UnitStatus.MODIFIED_END);
            return UnitStatus.NONE;
        });
        h.ccw(0x800, 0x31, 0x1000, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x08, 0x800, 0, 0)
                .ccw(0x810, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(2, device.commands.size());
        assertEquals(0x03, device.commands.get(1).command());
        assertEquals(0x818, h.takeCsw(DEV).ccwAddress());
    }

    @Test
    void aSearchLoopWithTicRepeatsUntilTheConditionIsMet() {
        int[] tries = {0};
        device.on(0x31, (ccw, port) -> {
            port.readByte();
            port.end(++tries[0] == 3 ? UnitStatus.MODIFIED_END : UnitStatus.END);
            return UnitStatus.NONE;
        });
        h.ccw(0x800, 0x31, 0x1000, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x08, 0x800, 0, 0)
                .ccw(0x810, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(3, tries[0]);
        assertEquals(new Csw(0, 0x818, CE_DE, 0, 1), h.takeCsw(DEV));
    }

    @Test
    void pciPresentsAnInterruptionWhileTheProgramGoesOn() {
        device.on(0x02, (ccw, port) -> UnitStatus.NONE);
        h.storage.setKey(0x1000, 0x30);
        h.ccw(0x800, 0x02, 0x1000, Ccw.PROGRAM_CONTROLLED_INTERRUPTION, 4).caw(3, 0x800);
        assertEquals(0, h.startIo(DEV));
        Csw pci = h.takeCsw(DEV);
        assertEquals(new Csw(3, 0x808, 0, Csw.PROGRAM_CONTROLLED_INTERRUPTION, 4), pci);
        device.port.write(new byte[] {1, 2, 3, 4}, 0, 4);
        device.port.end(UnitStatus.END);
        h.settle();
        assertEquals(new Csw(3, 0x808, CE_DE, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void aPciNotYetTakenIsShownInTheFinalCswInstead() {
        h.ccw(0x800, 0x03, 0, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x01, 0x1000, Ccw.PROGRAM_CONTROLLED_INTERRUPTION, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        Csw csw = h.takeCsw(DEV);
        assertEquals(CE_DE, csw.unitStatus());
        assertEquals(Csw.PROGRAM_CONTROLLED_INTERRUPTION, csw.channelStatus());
        assertNull(h.interruption());
    }

    @Test
    void ticToTicIsAProgramCheckAtTheSecondTic() {
        h.ccw(0x800, 0x03, 0, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x08, 0x900, 0, 0).ccw(0x900, 0x08, 0x800, 0, 0).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(new Csw(0, 0x908, 0, Csw.PROGRAM_CHECK, 1), h.takeCsw(DEV));
    }

    @Test
    void aTicToAnAddressOffADoublewordIsAProgramCheck() {
        h.ccw(0x800, 0x03, 0, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x08, 0x904, 0, 0).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(Csw.PROGRAM_CHECK, h.takeCsw(DEV).channelStatus());
    }

    @Test
    void aTicOutsideStorageIsAProgramCheckAtTheTicPlusEight() {
        h.ccw(0x800, 0x03, 0, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x08, 0x20000, 0, 0).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(new Csw(0, 0x810, 0, Csw.PROGRAM_CHECK, 1), h.takeCsw(DEV));
    }

    @Test
    void aTicAsTheFirstCcwIsAProgramCheckStoredBySio() {
        h.ccw(0x800, 0x08, 0x900, 0, 0).caw(0, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        assertTrue(device.commands.isEmpty());
    }

    @Test
    void invalidCawsAreProgramChecksStoredBySio() {
        h.caw(0, 0x804);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        h.storage.write(72, 4, 0x01000800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        h.caw(0, 0x10000);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
    }

    @Test
    void aZeroCountOrAnInvalidCommandInTheFirstCcwIsAProgramCheckStoredBySio() {
        h.ccw(0x800, 0x01, 0x1000, 0, 0).caw(0, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        h.ccw(0x800, 0x10, 0x1000, 0, 1);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        h.ccw(0x800, 0x01, 0x1000, 0x01, 1);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROGRAM_CHECK, h.csw().channelStatus());
        assertTrue(device.commands.isEmpty());
    }

    @Test
    void anInvalidCcwReachedByCommandChainingEndsTheProgramWithItsAddressPlusEight() {
        h.ccw(0x800, 0x03, 0, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x00, 0, 0, 1).caw(0, 0x800);
        assertEquals(0, h.startIo(DEV));
        h.settle();
        assertEquals(new Csw(0, 0x810, 0, Csw.PROGRAM_CHECK, 1), h.takeCsw(DEV));
    }

    @Test
    void aZeroCountWhileDataChainingIsAProgramCheck() {
        h.ccw(0x800, 0x01, 0x1000, Ccw.CHAIN_DATA, 1).ccw(0x808, 0x00, 0x1000, 0, 0).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(Csw.PROGRAM_CHECK, h.takeCsw(DEV).channelStatus() & Csw.PROGRAM_CHECK);
        assertEquals(1, device.written.size());
    }

    @Test
    void storingIntoStorageOfAnotherKeyIsAProtectionCheck() {
        h.storage.setKey(0x1000, 0x60);
        device.input((byte) 1, (byte) 2);
        h.ccw(0x800, 0x02, 0x1000, 0, 2).caw(5, 0x800);
        h.startIo(DEV);
        h.settle();
        Csw csw = h.takeCsw(DEV);
        assertEquals(Csw.PROTECTION_CHECK, csw.channelStatus());
        assertEquals(2, csw.count());
        assertEquals(0, h.bytes(0x1000, 1)[0]);
    }

    @Test
    void keyZeroAndTheMatchingKeyMayStoreAndChangeBitsAreSet() {
        h.storage.setKey(0x1000, 0x50);
        device.input((byte) 7);
        h.ccw(0x800, 0x02, 0x1000, 0, 1).caw(5, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(0, h.takeCsw(DEV).channelStatus());
        assertEquals(7, h.bytes(0x1000, 1)[0]);
        assertEquals(0x56, h.storage.key(0x1000));
    }

    @Test
    void fetchProtectedStorageCannotBeWrittenOutUnderAnotherKey() {
        h.storage.setKey(0x1000, 0x68);
        h.ccw(0x800, 0x01, 0x1000, 0, 2).caw(5, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(Csw.PROTECTION_CHECK, h.takeCsw(DEV).channelStatus());
        assertEquals(0, device.written.size());
    }

    @Test
    void aCcwInFetchProtectedStorageIsAProtectionCheck() {
        h.storage.setKey(0x800, 0x68);
        h.ccw(0x800, 0x03, 0, 0, 1).caw(5, 0x800);
        assertEquals(1, h.startIo(DEV));
        assertEquals(Csw.PROTECTION_CHECK, h.csw().channelStatus());
    }

    @Test
    void dataBeyondTheEndOfStorageIsAProgramCheck() {
        device.input((byte) 1, (byte) 2, (byte) 3);
        h.ccw(0x800, 0x02, 0xFFFE, 0, 3).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        Csw csw = h.takeCsw(DEV);
        assertEquals(Csw.PROGRAM_CHECK, csw.channelStatus());
        assertEquals(1, csw.count());
    }

    @Test
    void indirectDataAddressingCrossesTwoKilobyteBoundariesThroughIdaws() {
        device.input((byte) 1, (byte) 2, (byte) 3, (byte) 4);
        h.storage.write(0x600, 4, 0x37FE);
        h.storage.write(0x604, 4, 0x5000);
        h.ccw(0x800, 0x02, 0x600, Ccw.INDIRECT_DATA, 4).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(0, h.takeCsw(DEV).channelStatus());
        assertArrayEquals(new byte[] {1, 2}, h.bytes(0x37FE, 2));
        assertArrayEquals(new byte[] {3, 4}, h.bytes(0x5000, 2));
    }

    @Test
    void aSecondIdawOffABoundaryIsAProgramCheck() {
        device.input((byte) 1, (byte) 2, (byte) 3, (byte) 4);
        h.storage.write(0x600, 4, 0x37FE);
        h.storage.write(0x604, 4, 0x5010);
        h.ccw(0x800, 0x02, 0x600, Ccw.INDIRECT_DATA, 4).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(Csw.PROGRAM_CHECK, h.takeCsw(DEV).channelStatus());
    }

    @Test
    void readBackwardStoresAtDescendingAddresses() {
        device.input((byte) 1, (byte) 2, (byte) 3);
        h.ccw(0x800, 0x0C, 0x1002, 0, 3).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertArrayEquals(new byte[] {3, 2, 1}, h.bytes(0x1000, 3));
    }

    @Test
    void channelEndAndDeviceEndPresentedApartChainOnlyAtDeviceEnd() {
        boolean[] deviceEnded = {false, false};
        device.on(0x07, (ccw, port) -> {
            port.readByte();
            port.end(UnitStatus.CHANNEL_END);
            port.schedule(50, () -> {
                deviceEnded[0] = true;
                port.end(UnitStatus.DEVICE_END);
            });
            return UnitStatus.NONE;
        });
        device.on(0x03, (ccw, port) -> {
            deviceEnded[1] = deviceEnded[0];
            return UnitStatus.END;
        });
        h.ccw(0x800, 0x07, 0x1000, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertTrue(deviceEnded[1], "the chained command started only after device end");
        assertEquals(2, device.commands.size());
        assertEquals(new Csw(0, 0x810, CE_DE, 0, 1), h.takeCsw(DEV));
    }

    @Test
    void deviceEndAfterAChannelEndInterruptionIsASecondInterruption() {
        device.on(0x07, (ccw, port) -> {
            port.readByte();
            port.end(UnitStatus.CHANNEL_END);
            port.schedule(50, () -> port.end(UnitStatus.DEVICE_END));
            return UnitStatus.NONE;
        });
        h.ccw(0x800, 0x07, 0x1000, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.step(1);
        assertEquals(UnitStatus.CHANNEL_END.bits(), h.takeCsw(DEV).unitStatus());
        assertEquals(1, h.startIo(DEV));
        assertEquals(UnitStatus.BUSY.bits(), h.csw().unitStatus());
        h.settle();
        Csw de = h.takeCsw(DEV);
        assertEquals(UnitStatus.DEVICE_END.bits(), de.unitStatus());
        assertFalse(h.channels.busy(DEV));
    }

    @Test
    void unitCheckFromTheDeviceSuppressesChaining() {
        device.on(0x01, (ccw, port) -> {
            port.end(UnitStatus.CHECK);
            return UnitStatus.NONE;
        });
        h.ccw(0x800, 0x01, 0x1000, Ccw.CHAIN_COMMAND, 1).ccw(0x808, 0x03, 0, 0, 1).caw(0, 0x800);
        h.startIo(DEV);
        h.settle();
        assertEquals(UnitStatus.CHECK.bits(), h.takeCsw(DEV).unitStatus());
        assertEquals(1, device.commands.size());
    }
}
