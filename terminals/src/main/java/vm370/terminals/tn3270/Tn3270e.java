package vm370.terminals.tn3270;

/**
 * The codes of TN3270E: subnegotiation operations, reject reasons, functions, and the data types
 * of the 5-byte header before every record. @see RFC 2355
 */
public final class Tn3270e {

    /** Length of the header before each TN3270E record. */
    public static final int HEADER_LENGTH = 5;

    private Tn3270e() {
    }

    /** Subnegotiation operations. */
    public enum Operation {
        ASSOCIATE(0x00), CONNECT(0x01), DEVICE_TYPE(0x02), FUNCTIONS(0x03), IS(0x04), REASON(0x05),
        REJECT(0x06), REQUEST(0x07), SEND(0x08);

        private final int code;

        Operation(int code) {
            this.code = code;
        }

        public int wireCode() {
            return code;
        }
    }

    /** Why a DEVICE-TYPE REQUEST was rejected. */
    public enum Reason {
        CONN_PARTNER(0x00), DEVICE_IN_USE(0x01), INV_ASSOCIATE(0x02), INV_NAME(0x03), INV_DEVICE_TYPE(0x04),
        TYPE_NAME_ERROR(0x05), UNKNOWN_ERROR(0x06), UNSUPPORTED_REQ(0x07);

        private final int code;

        Reason(int code) {
            this.code = code;
        }

        public int wireCode() {
            return code;
        }
    }

    /** Optional functions; this server agrees to RESPONSES only. */
    public enum Function {
        BIND_IMAGE(0x00), DATA_STREAM_CTL(0x01), RESPONSES(0x02), SCS_CTL_CODES(0x03), SYSREQ(0x04);

        private final int code;

        Function(int code) {
            this.code = code;
        }

        public int wireCode() {
            return code;
        }
    }

    /** DATA-TYPE, the first header byte. */
    public enum DataType {
        DATA_3270(0x00), SCS_DATA(0x01), RESPONSE(0x02), BIND_IMAGE(0x03), UNBIND(0x04), NVT_DATA(0x05),
        REQUEST(0x06), SSCP_LU_DATA(0x07), PRINT_EOJ(0x08);

        private final int code;

        DataType(int code) {
            this.code = code;
        }

        public int wireCode() {
            return code;
        }
    }
}
