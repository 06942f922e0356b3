package vm370.cp.privileged;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vm370.s370.isa.Opcode;

class PrivilegedSimulatorTest {

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void everyPrivilegedInstructionHasASimulation(Opcode opcode) {
        if (opcode.isPrivileged()) {
            assertTrue(new PrivilegedSimulator(1).simulates(opcode), opcode + " has no simulation");
        }
    }
}
