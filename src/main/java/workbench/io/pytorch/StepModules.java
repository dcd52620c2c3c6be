package workbench.io.pytorch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.engine.ActivationFunction;
import workbench.engine.ConvSpec;
import workbench.engine.ConvTransposeSpec;
import workbench.engine.CroppingSpec;
import workbench.engine.DenseSpec;
import workbench.engine.DropoutSpec;
import workbench.engine.FlattenSpec;
import workbench.engine.LayerSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.NoiseSpec;
import workbench.engine.Padding;
import workbench.engine.PoolSpec;
import workbench.engine.ReshapeSpec;
import workbench.engine.Shape;
import workbench.engine.UpsampleSpec;
import workbench.engine.ZeroPaddingSpec;

/**
 * The PyTorch modules of one planned step, named so that the weighted one is the step's number
 * (its parameters are then {@code encoder.3.weight}, the workbench's own names) and the others
 * after it ({@code 3_relu}, {@code 3_pad}). The data's rows are flat, so an image is unflattened
 * before the first layer that needs one and flattened before a dense layer; {@link #flat} follows
 * which of the two the tensor is.
 */
final class StepModules {
    /** A module of the generated {@code nn.Sequential}: its key, the Python that makes it, and a remark or "". */
    record Module(String name, String expression, String remark) {
        Module(String name, String expression) {
            this(name, expression, "");
        }
    }

    private boolean flat;

    /** @param flat whether the tensor that reaches the first step is flat (rows as the data holds them) */
    StepModules(boolean flat) {
        this.flat = flat;
    }

    /** Whether the tensor leaving the last step given is flat. */
    boolean flat() {
        return flat;
    }

    List<Module> of(NetworkPlan.Step step) {
        String n = Integer.toString(step.index());
        Shape in = step.input();
        List<Module> modules = new ArrayList<>();
        LayerSpec spec = step.spec();
        if (spec.isSpatial() && flat) {
            modules.add(new Module(n + "_unflatten", "nn.Unflatten(1, " + tuple(in) + ")"));
            flat = false;
        }
        if (spec instanceof DenseSpec d) {
            if (!flat) {
                modules.add(new Module(n + "_flatten", "nn.Flatten()"));
                flat = true;
            }
            modules.add(new Module(n, "nn.Linear(" + in.size() + ", " + d.units() + ")"));
            activation(modules, n, d.activation(), d.alpha());
            if (d.dropout() > 0) {
                modules.add(new Module(n + "_dropout", "nn.Dropout(" + d.dropout() + ")"));
            }
        } else if (spec instanceof ConvSpec c) {
            conv(modules, n, c, in);
        } else if (spec instanceof ConvTransposeSpec t) {
            convTranspose(modules, n, t, in, step.output());
        } else if (spec instanceof PoolSpec p) {
            modules.add(new Module(n, pool(p, in, step.output())));
        } else if (spec instanceof UpsampleSpec u) {
            modules.add(u.toSize()
                    ? new Module(n, "NearestResize(" + u.height() + ", " + u.width() + ")",
                    "rows and columns picked in integers, where nn.Upsample's float scale can miss one")
                    : new Module(n, "nn.Upsample(scale_factor=" + u.factor() + ", mode=\"nearest\")"));
        } else if (spec instanceof FlattenSpec) {
            modules.add(new Module(n, "nn.Flatten()"));
            flat = true;
        } else if (spec instanceof ReshapeSpec r) {
            if (!flat) {
                modules.add(new Module(n + "_flatten", "nn.Flatten()"));
            }
            flat = r.target().isFlat();
            modules.add(new Module(n, flat ? "nn.Flatten()" : "nn.Unflatten(1, " + tuple(r.target()) + ")"));
        } else if (spec instanceof ZeroPaddingSpec z) {
            modules.add(new Module(n, "nn.ZeroPad2d(" + z.border() + ")"));
        } else if (spec instanceof CroppingSpec c) {
            modules.add(new Module(n, "nn.ZeroPad2d(-" + c.border() + ")", "a negative padding crops"));
        } else if (spec instanceof DropoutSpec d) {
            modules.add(new Module(n, "nn.Dropout(" + d.rate() + ")"));
        } else if (spec instanceof NoiseSpec g) {
            modules.add(new Module(n, "GaussianNoise(" + g.stddev() + ")"));
        } else {
            throw new IllegalArgumentException("no PyTorch module for " + spec);
        }
        return modules;
    }

    /** Conv2d's own padding when Keras's border is symmetric, else an explicit one before it. */
    private static void conv(List<Module> modules, String n, ConvSpec c, Shape in) {
        KerasBorder rows = KerasBorder.of(in.height(), c.kernel(), c.stride(), c.padding());
        KerasBorder cols = KerasBorder.of(in.width(), c.kernel(), c.stride(), c.padding());
        String padding = pair(rows.before(), cols.before());
        if (!rows.symmetric() || !cols.symmetric()) {
            modules.add(new Module(n + "_pad", "nn.ZeroPad2d(" + sides(cols.before(), cols.after(),
                    rows.before(), rows.after()) + ")", "Keras's \"same\": the odd zero after, which Conv2d cannot pad"));
            padding = "0";
        }
        modules.add(new Module(n, "nn.Conv2d(" + in.channels() + ", " + c.filters() + ", kernel_size="
                + c.kernel() + ", stride=" + c.stride() + ", padding=" + padding + ")"));
        activation(modules, n, c.activation(), c.alpha());
    }

    /**
     * PyTorch's padding and output_padding where they say Keras's crop, else no padding and a crop
     * after (a negative ZeroPad2d) for the odd row and column Keras drops at the end.
     */
    private static void convTranspose(List<Module> modules, String n, ConvTransposeSpec t, Shape in, Shape out) {
        KerasBorder rows = KerasBorder.transposed(in.height(), out.height(), t.kernel(), t.stride(), t.padding());
        KerasBorder cols = KerasBorder.transposed(in.width(), out.width(), t.kernel(), t.stride(), t.padding());
        int[] padding = new int[2];
        int[] outputPadding = new int[2];
        int[][] crop = new int[2][2];
        KerasBorder[] axes = {rows, cols};
        for (int a = 0; a < 2; a++) {
            int before = axes[a].before();
            int after = Math.max(0, axes[a].after());
            outputPadding[a] = Math.max(0, -axes[a].after());
            padding[a] = Math.min(before, after);
            crop[a][0] = before - padding[a];
            crop[a][1] = after - padding[a];
        }
        String expression = "nn.ConvTranspose2d(" + in.channels() + ", " + t.filters() + ", kernel_size=" + t.kernel()
                + ", stride=" + t.stride() + ", padding=" + pair(padding[0], padding[1])
                + (outputPadding[0] + outputPadding[1] > 0
                ? ", output_padding=" + pair(outputPadding[0], outputPadding[1]) : "") + ")";
        modules.add(new Module(n, expression));
        if (crop[0][0] + crop[0][1] + crop[1][0] + crop[1][1] > 0) {
            modules.add(new Module(n + "_crop", "nn.ZeroPad2d(" + sides(-crop[1][0], -crop[1][1], -crop[0][0],
                    -crop[0][1]) + ")", "Keras's \"same\" drops the odd row and column at the end"));
        }
        activation(modules, n, t.activation(), t.alpha());
    }

    /**
     * PyTorch's own pooling where it gives Keras's windows: valid pooling as it is, "same" pooling
     * with ceil_mode (windows may overhang the end, and the overhang is not counted) when no
     * padding goes before; otherwise {@code KerasSamePool}, which pads explicitly.
     */
    private static String pool(PoolSpec p, Shape in, Shape out) {
        String module = p.average() ? "nn.AvgPool2d(" : "nn.MaxPool2d(";
        String window = p.size() + ", stride=" + p.stride();
        if (p.padding() == Padding.VALID) {
            return module + window + ")";
        }
        KerasBorder rows = KerasBorder.of(in.height(), p.size(), p.stride(), p.padding());
        KerasBorder cols = KerasBorder.of(in.width(), p.size(), p.stride(), p.padding());
        boolean ceilMode = rows.before() == 0 && cols.before() == 0
                && KerasBorder.ceilModeLength(in.height(), p.size(), p.stride()) == out.height()
                && KerasBorder.ceilModeLength(in.width(), p.size(), p.stride()) == out.width();
        if (ceilMode) {
            return module + window + ", ceil_mode=True)";
        }
        return "KerasSamePool(" + (p.average() ? "True" : "False") + ", " + window.replace(", stride=", ", ")
                + ", " + sides(cols.before(), cols.after(), rows.before(), rows.after()) + ")";
    }

    private static void activation(List<Module> modules, String n, ActivationFunction f, double alpha) {
        String expression = switch (f) {
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(" + (float) alpha + ")";
            case ELU -> "nn.ELU(" + (float) alpha + ")";
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case SOFTPLUS -> "nn.Softplus()";
            case LINEAR -> null;
        };
        if (expression != null) {
            modules.add(new Module(n + "_" + f.name().toLowerCase(Locale.ROOT), expression));
        }
    }

    static String tuple(Shape s) {
        return "(" + s.channels() + ", " + s.height() + ", " + s.width() + ")";
    }

    /** One number when both axes take the same, else (rows, columns). */
    private static String pair(int rows, int cols) {
        return rows == cols ? Integer.toString(rows) : "(" + rows + ", " + cols + ")";
    }

    /** F.pad's and ZeroPad2d's order: (left, right, top, bottom). */
    private static String sides(int left, int right, int top, int bottom) {
        return "(" + left + ", " + right + ", " + top + ", " + bottom + ")";
    }
}
