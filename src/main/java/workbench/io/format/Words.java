package workbench.io.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum values as a file spells them: written as the constant's name, read back in any case and
 * with '-' for '_' (so a hand-written file may say "relu" or "salt-and-pepper").
 */
public final class Words {
    private Words() {
    }

    public static String write(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Null stays null: the engine's records give a missing value their default. */
    public static <E extends Enum<E>> E read(Class<E> type, String word, String what) {
        if (word == null) {
            return null;
        }
        String key = word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(what + " '" + word + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }
}
