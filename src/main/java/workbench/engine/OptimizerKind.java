package workbench.engine;

import java.util.Locale;

/** The update rules on offer, with PyTorch's semantics for each. */
public enum OptimizerKind {
    SGD, MOMENTUM, NESTEROV, RMSPROP, ADAM, ADAMW;

    public static OptimizerKind parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown optimizer '" + name
                    + "': expected one of sgd, momentum, nesterov, rmsprop, adam, adamw");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
