package workbench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The element types a {@code .npy} file may hold that make sense as features or labels: floats,
 * signed and unsigned integers and booleans, in either byte order. Each is converted to float on
 * reading, since the engine trains in float32 (int64 and float64 lose precision beyond float's
 * 24-bit mantissa, which is harmless for pixel values and labels).
 */
record NpyDtype(String descr, ByteOrder order, char kind, int itemSize) {

    /** The dtype this project writes: little-endian float32, what numpy calls '<f4'. */
    static final NpyDtype FLOAT32_LE = new NpyDtype("<f4", ByteOrder.LITTLE_ENDIAN, 'f', 4);
    /** Little-endian int32, '<i4': what row numbers are written as. */
    static final NpyDtype INT32_LE = new NpyDtype("<i4", ByteOrder.LITTLE_ENDIAN, 'i', 4);

    static NpyDtype parse(String descr) throws IOException {
        if (descr.length() < 3) {
            throw unsupported(descr);
        }
        char orderChar = descr.charAt(0);
        char kind = descr.charAt(1);
        int size;
        try {
            size = Integer.parseInt(descr.substring(2));
        } catch (NumberFormatException e) {
            throw unsupported(descr);
        }
        ByteOrder order = switch (orderChar) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            case '|' -> ByteOrder.LITTLE_ENDIAN; // only for 1-byte types, where order does not matter
            default -> throw unsupported(descr);
        };
        boolean known = switch (kind) {
            case 'f' -> size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'b' -> size == 1;
            default -> false;
        };
        if (!known || (orderChar == '|' && size != 1)) {
            throw unsupported(descr);
        }
        return new NpyDtype(descr, order, kind, size);
    }

    private static IOException unsupported(String descr) {
        return new IOException("unsupported .npy element type '" + descr + "'; expected a number type"
                + " such as '<f4' (float32), '<f8', '|u1' (uint8), '<i4' or '<i8'. Convert the array in"
                + " numpy first, e.g. np.save(path, a.astype(np.float32))");
    }

    /** Reads {@code count} values from the buffer (already in this dtype's byte order) into out. */
    void decode(ByteBuffer buf, float[] out, int offset, int count) {
        buf.order(order);
        switch (kind) {
            case 'f' -> {
                if (itemSize == 4) {
                    buf.asFloatBuffer().get(out, offset, count);
                    buf.position(buf.position() + 4 * count);
                } else {
                    for (int i = 0; i < count; i++) {
                        out[offset + i] = (float) buf.getDouble();
                    }
                }
            }
            case 'i', 'u', 'b' -> {
                for (int i = 0; i < count; i++) {
                    // an unsigned 64-bit value past Long.MAX_VALUE is not the negative number decodeWhole gives
                    out[offset + i] = kind != 'i' && itemSize == 8 ? unsignedLongToFloat(buf.getLong())
                            : decodeWhole(buf);
                }
            }
            default -> throw new IllegalStateException("unreachable dtype kind " + kind);
        }
    }

    /**
     * One value of an integer dtype, exactly, from a buffer already in this dtype's byte order. An
     * unsigned 64-bit value past Long.MAX_VALUE comes back negative, which a caller checking a range
     * refuses as it should.
     */
    long decodeWhole(ByteBuffer buf) {
        if (kind == 'i') {
            return switch (itemSize) {
                case 1 -> buf.get();
                case 2 -> buf.getShort();
                case 4 -> buf.getInt();
                default -> buf.getLong();
            };
        }
        return switch (itemSize) {
            case 1 -> Byte.toUnsignedInt(buf.get());
            case 2 -> Short.toUnsignedInt(buf.getShort());
            case 4 -> Integer.toUnsignedLong(buf.getInt());
            default -> buf.getLong();
        };
    }

    private static float unsignedLongToFloat(long v) {
        return v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
    }
}
