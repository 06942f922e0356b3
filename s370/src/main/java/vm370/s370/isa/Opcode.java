package vm370.s370.isa;

import vm370.s370.cpu.Branch;
import vm370.s370.cpu.Control;
import vm370.s370.cpu.Decimal;
import vm370.s370.cpu.FixedPoint;
import vm370.s370.cpu.FloatingPoint;
import vm370.s370.cpu.InputOutput;
import vm370.s370.cpu.Logical;
import vm370.s370.cpu.Strings;

/**
 * The S/370 instruction set, one constant per instruction: the only list of opcodes in the project.
 * The CPU's decoder, the disassembler and the assembler are all derived from it.
 * The constant's name is the mnemonic; its semantics is the handler the CPU runs.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, Appendix: instruction lists</a>
 */
public enum Opcode {
    //     opcode  format class                         feature          semantics
    SPM(   0x04,   Format.RR1,  InstructionClass.GENERAL,     Feature.BASE,            Control::setProgramMask),
    BALR(  0x05,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchAndLinkRegister),
    BCTR(  0x06,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnCountRegister),
    BCR(   0x07,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnConditionRegister),
    SSK(   0x08,   Format.RR,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::setStorageKey),
    ISK(   0x09,   Format.RR,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::insertStorageKey),
    SVC(   0x0A,   Format.I,    InstructionClass.GENERAL,     Feature.BASE,            Control::supervisorCall),
    MVCL(  0x0E,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Strings::moveLong),
    CLCL(  0x0F,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Strings::compareLogicalLong),
    LPR(   0x10,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadPositiveRegister),
    LNR(   0x11,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadNegativeRegister),
    LTR(   0x12,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadAndTestRegister),
    LCR(   0x13,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadComplementRegister),
    NR(    0x14,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::andRegister),
    CLR(   0x15,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::compareLogicalRegister),
    OR(    0x16,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::orRegister),
    XR(    0x17,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::exclusiveOrRegister),
    LR(    0x18,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadRegister),
    CR(    0x19,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::compareRegister),
    AR(    0x1A,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::addRegister),
    SR(    0x1B,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::subtractRegister),
    MR(    0x1C,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::multiplyRegister),
    DR(    0x1D,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::divideRegister),
    ALR(   0x1E,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::addLogicalRegister),
    SLR(   0x1F,   Format.RR,   InstructionClass.GENERAL,     Feature.BASE,            Logical::subtractLogicalRegister),
    LPDR(  0x20,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadPositiveLongRegister),
    LNDR(  0x21,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadNegativeLongRegister),
    LTDR(  0x22,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadAndTestLongRegister),
    LCDR(  0x23,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadComplementLongRegister),
    HDR(   0x24,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::halveLongRegister),
    LRDR(  0x25,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::loadRoundedExtendedToLongRegister),
    MXR(   0x26,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::multiplyExtendedRegister),
    MXDR(  0x27,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::multiplyLongToExtendedRegister),
    LDR(   0x28,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadLongRegister),
    CDR(   0x29,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::compareLongRegister),
    ADR(   0x2A,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addNormalizedLongRegister),
    SDR(   0x2B,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractNormalizedLongRegister),
    MDR(   0x2C,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::multiplyLongRegister),
    DDR(   0x2D,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::divideLongRegister),
    AWR(   0x2E,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addUnnormalizedLongRegister),
    SWR(   0x2F,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractUnnormalizedLongRegister),
    LPER(  0x30,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadPositiveShortRegister),
    LNER(  0x31,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadNegativeShortRegister),
    LTER(  0x32,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadAndTestShortRegister),
    LCER(  0x33,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadComplementShortRegister),
    HER(   0x34,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::halveShortRegister),
    LRER(  0x35,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::loadRoundedLongToShortRegister),
    AXR(   0x36,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::addNormalizedExtendedRegister),
    SXR(   0x37,   Format.RR,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::subtractNormalizedExtendedRegister),
    LER(   0x38,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadShortRegister),
    CER(   0x39,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::compareShortRegister),
    AER(   0x3A,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addNormalizedShortRegister),
    SER(   0x3B,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractNormalizedShortRegister),
    MER(   0x3C,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::multiplyShortRegister),
    DER(   0x3D,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::divideShortRegister),
    AUR(   0x3E,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addUnnormalizedShortRegister),
    SUR(   0x3F,   Format.RR,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractUnnormalizedShortRegister),
    STH(   0x40,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::storeHalfword),
    LA(    0x41,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadAddress),
    STC(   0x42,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::storeCharacter),
    IC(    0x43,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::insertCharacter),
    EX(    0x44,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Branch::execute),
    BAL(   0x45,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchAndLink),
    BCT(   0x46,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnCount),
    BC(    0x47,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnCondition),
    LH(    0x48,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadHalfword),
    CH(    0x49,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::compareHalfword),
    AH(    0x4A,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::addHalfword),
    SH(    0x4B,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::subtractHalfword),
    MH(    0x4C,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::multiplyHalfword),
    CVD(   0x4E,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Decimal::convertToDecimal),
    CVB(   0x4F,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Decimal::convertToBinary),
    ST(    0x50,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::store),
    N(     0x54,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::and),
    CL(    0x55,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::compareLogical),
    O(     0x56,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::or),
    X(     0x57,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::exclusiveOr),
    L(     0x58,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::load),
    C(     0x59,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::compare),
    A(     0x5A,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::add),
    S(     0x5B,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::subtract),
    M(     0x5C,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::multiply),
    D(     0x5D,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::divide),
    AL(    0x5E,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::addLogical),
    SL(    0x5F,   Format.RX,   InstructionClass.GENERAL,     Feature.BASE,            Logical::subtractLogical),
    STD(   0x60,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::storeLong),
    MXD(   0x67,   Format.RX,   InstructionClass.GENERAL,     Feature.EXTENDED_FLOAT,  FloatingPoint::multiplyLongToExtended),
    LD(    0x68,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadLong),
    CD(    0x69,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::compareLong),
    AD(    0x6A,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addNormalizedLong),
    SD(    0x6B,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractNormalizedLong),
    MD(    0x6C,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::multiplyLong),
    DD(    0x6D,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::divideLong),
    AW(    0x6E,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addUnnormalizedLong),
    SW(    0x6F,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractUnnormalizedLong),
    STE(   0x70,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::storeShort),
    LE(    0x78,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::loadShort),
    CE(    0x79,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::compareShort),
    AE(    0x7A,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addNormalizedShort),
    SE(    0x7B,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractNormalizedShort),
    ME(    0x7C,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::multiplyShort),
    DE(    0x7D,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::divideShort),
    AU(    0x7E,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::addUnnormalizedShort),
    SU(    0x7F,   Format.RX,   InstructionClass.GENERAL,     Feature.FLOAT,           FloatingPoint::subtractUnnormalizedShort),
    SSM(   0x80,   Format.SI1,  InstructionClass.PRIVILEGED,  Feature.BASE,            Control::setSystemMask),
    LPSW(  0x82,   Format.SI1,  InstructionClass.PRIVILEGED,  Feature.BASE,            Control::loadPsw),
    DIAG(  0x83,   Format.RS,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::diagnose),
    WRD(   0x84,   Format.SI,   InstructionClass.PRIVILEGED,  Feature.DIRECT_CONTROL,  Control::writeDirect),
    RDD(   0x85,   Format.SI,   InstructionClass.PRIVILEGED,  Feature.DIRECT_CONTROL,  Control::readDirect),
    BXH(   0x86,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnIndexHigh),
    BXLE(  0x87,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Branch::branchOnIndexLowOrEqual),
    SRL(   0x88,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            Logical::shiftRightSingleLogical),
    SLL(   0x89,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            Logical::shiftLeftSingleLogical),
    SRA(   0x8A,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::shiftRightSingle),
    SLA(   0x8B,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::shiftLeftSingle),
    SRDL(  0x8C,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            Logical::shiftRightDoubleLogical),
    SLDL(  0x8D,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            Logical::shiftLeftDoubleLogical),
    SRDA(  0x8E,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::shiftRightDouble),
    SLDA(  0x8F,   Format.RS2,  InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::shiftLeftDouble),
    STM(   0x90,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::storeMultiple),
    TM(    0x91,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::testUnderMask),
    MVI(   0x92,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::moveImmediate),
    TS(    0x93,   Format.SI1,  InstructionClass.GENERAL,     Feature.BASE,            Control::testAndSet),
    NI(    0x94,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::andImmediate),
    CLI(   0x95,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::compareLogicalImmediate),
    OI(    0x96,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::orImmediate),
    XI(    0x97,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Logical::exclusiveOrImmediate),
    LM(    0x98,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            FixedPoint::loadMultiple),
    SIO(   0x9C00, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::startIo),
    SIOF(  0x9C01, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::startIoFast),
    TIO(   0x9D00, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::testIo),
    CLRIO( 0x9D01, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::clearIo),
    HIO(   0x9E00, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::haltIo),
    HDV(   0x9E01, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::haltDevice),
    TCH(   0x9F00, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::testChannel),
    STNSM( 0xAC,   Format.SI,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeThenAndSystemMask),
    STOSM( 0xAD,   Format.SI,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeThenOrSystemMask),
    SIGP(  0xAE,   Format.RS,   InstructionClass.PRIVILEGED,  Feature.MULTIPROCESSING, Control::signalProcessor),
    MC(    0xAF,   Format.SI,   InstructionClass.GENERAL,     Feature.BASE,            Control::monitorCall),
    LRA(   0xB1,   Format.RX,   InstructionClass.PRIVILEGED,  Feature.DAT,             Control::loadRealAddress),
    STIDP( 0xB202, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeCpuId),
    STIDC( 0xB203, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            InputOutput::storeChannelId),
    SCK(   0xB204, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::setClock),
    STCK(  0xB205, Format.S,    InstructionClass.GENERAL,     Feature.BASE,            Control::storeClock),
    SCKC(  0xB206, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::setClockComparator),
    STCKC( 0xB207, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeClockComparator),
    SPT(   0xB208, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::setCpuTimer),
    STPT(  0xB209, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeCpuTimer),
    PTLB(  0xB20D, Format.S0,   InstructionClass.PRIVILEGED,  Feature.DAT,             Control::purgeTlb),
    RRB(   0xB213, Format.S,    InstructionClass.PRIVILEGED,  Feature.BASE,            Control::resetReferenceBit),
    STCTL( 0xB6,   Format.RS,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::storeControl),
    LCTL(  0xB7,   Format.RS,   InstructionClass.PRIVILEGED,  Feature.BASE,            Control::loadControl),
    CS(    0xBA,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Control::compareAndSwap),
    CDS(   0xBB,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Control::compareDoubleAndSwap),
    CLM(   0xBD,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Logical::compareLogicalCharactersUnderMask),
    STCM(  0xBE,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Logical::storeCharactersUnderMask),
    ICM(   0xBF,   Format.RS,   InstructionClass.GENERAL,     Feature.BASE,            Logical::insertCharactersUnderMask),
    MVN(   0xD1,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::moveNumerics),
    MVC(   0xD2,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::moveCharacters),
    MVZ(   0xD3,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::moveZones),
    NC(    0xD4,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::andCharacters),
    CLC(   0xD5,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::compareLogicalCharacters),
    OC(    0xD6,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::orCharacters),
    XC(    0xD7,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::exclusiveOrCharacters),
    TR(    0xDC,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::translate),
    TRT(   0xDD,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Strings::translateAndTest),
    ED(    0xDE,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::edit),
    EDMK(  0xDF,   Format.SS1,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::editAndMark),
    SRP(   0xF0,   Format.SSI,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::shiftAndRoundDecimal),
    MVO(   0xF1,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::moveWithOffset),
    PACK(  0xF2,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::pack),
    UNPK(  0xF3,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::unpack),
    ZAP(   0xF8,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::zeroAndAdd),
    CP(    0xF9,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::compareDecimal),
    AP(    0xFA,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::addDecimal),
    SP(    0xFB,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::subtractDecimal),
    MP(    0xFC,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::multiplyDecimal),
    DP(    0xFD,   Format.SS2,  InstructionClass.GENERAL,     Feature.BASE,            Decimal::divideDecimal);

    private final int code;
    private final Format format;
    private final InstructionClass instructionClass;
    private final Feature feature;
    private final Semantics semantics;

    Opcode(int code, Format format, InstructionClass instructionClass, Feature feature, Semantics semantics) {
        this.code = code;
        this.format = format;
        this.instructionClass = instructionClass;
        this.feature = feature;
        this.semantics = semantics;
    }

    /** The operation code: one byte, or two for the S-format instructions B2xx and 9Cxx-9Fxx. */
    public int code() {
        return code;
    }

    /** True when the operation code takes two bytes. */
    public boolean hasExtendedCode() {
        return code > 0xFF;
    }

    public String mnemonic() {
        return name();
    }

    public Format format() {
        return format;
    }

    public InstructionClass instructionClass() {
        return instructionClass;
    }

    public boolean isPrivileged() {
        return instructionClass == InstructionClass.PRIVILEGED;
    }

    public Feature feature() {
        return feature;
    }

    public Semantics semantics() {
        return semantics;
    }
}
