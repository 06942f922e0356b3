package vm370.s370.isa;

/** Whether an instruction may run in the problem state: privileged ones give a privileged-operation exception there. */
public enum InstructionClass {
    GENERAL,
    PRIVILEGED
}
