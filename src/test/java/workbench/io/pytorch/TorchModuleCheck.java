package workbench.io.pytorch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.ConvGeometry;
import workbench.engine.ConvSpec;
import workbench.engine.ConvTransposeSpec;
import workbench.engine.DenseSpec;
import workbench.engine.DropoutSpec;
import workbench.engine.LayerSpec;
import workbench.engine.ModelSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.NoiseSpec;
import workbench.engine.Parameter;
import workbench.engine.PoolSpec;
import workbench.engine.Shape;

/**
 * Reads the modules a generated script builds and walks a tensor through them with PyTorch's own
 * shape rules, step by step of the engine's plan: each step must end at the shape the spec gives,
 * every window (convolution, pooling, transposed convolution) must start where the engine's
 * {@link ConvGeometry} puts it (so a symmetric padding where Keras pads only after is caught, not
 * only a wrong size), activations, dropout and noise must be the spec's, and every weighted
 * module must carry an engine parameter's name with that parameter's shape.
 */
final class TorchModuleCheck {
    private static final Pattern ENTRY = Pattern.compile("\\(\"(\\d+)(_\\w+)?\", (.*)\\),(?:  # .*)?");
    private static final Pattern HEAD = Pattern.compile("self\\.(mean|logvar) = nn\\.Linear\\((\\d+), (\\d+)\\)");
    private static final String PAIR = "(\\d+|\\(\\d+, \\d+\\))";
    private static final Pattern LINEAR = Pattern.compile("nn\\.Linear\\((\\d+), (\\d+)\\)");
    private static final Pattern CONV = Pattern.compile(
            "nn\\.Conv2d\\((\\d+), (\\d+), kernel_size=(\\d+), stride=(\\d+), padding=" + PAIR + "\\)");
    private static final Pattern DECONV = Pattern.compile("nn\\.ConvTranspose2d\\((\\d+), (\\d+), kernel_size=(\\d+),"
            + " stride=(\\d+), padding=" + PAIR + "(?:, output_padding=" + PAIR + ")?\\)");
    private static final Pattern PAD = Pattern.compile("nn\\.ZeroPad2d\\((-?\\d+)\\)");
    private static final Pattern SIDES = Pattern.compile("nn\\.ZeroPad2d\\(\\((-?\\d+), (-?\\d+), (-?\\d+), (-?\\d+)\\)\\)");
    private static final Pattern POOL = Pattern.compile("nn\\.(Max|Avg)Pool2d\\((\\d+), stride=(\\d+)(, ceil_mode=True)?\\)");
    private static final Pattern SAME_POOL = Pattern.compile(
            "KerasSamePool\\((True|False), (\\d+), (\\d+), \\((\\d+), (\\d+), (\\d+), (\\d+)\\)\\)");
    private static final Pattern UP_FACTOR = Pattern.compile("nn\\.Upsample\\(scale_factor=(\\d+), mode=\"nearest\"\\)");
    private static final Pattern UP_SIZE = Pattern.compile("NearestResize\\((\\d+), (\\d+)\\)");
    private static final Pattern UNFLATTEN = Pattern.compile("nn\\.Unflatten\\(1, \\((\\d+), (\\d+), (\\d+)\\)\\)");

    /** A module of the script: its step number, the word after it (empty for the step's own), its Python. */
    record Module(int step, String word, String expression) {
    }

    /** The tensor between modules: flat (size in channels) or an image. */
    private record Tensor(boolean flat, int channels, int height, int width) {
        int size() {
            return flat ? channels : channels * height * width;
        }
    }

    private final ModelSpec spec;
    private final NetworkPlan plan;
    private final Map<String, int[]> parameterShapes = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** The parameter names the weighted modules carry. */
    private final Set<String> seen = new HashSet<>();

    private TorchModuleCheck(ModelSpec spec) {
        this.spec = spec;
        this.plan = NetworkPlan.of(spec);
        for (Parameter p : new Autoencoder(spec).parameters()) {
            parameterShapes.put(p.name(), new int[] {p.value().numRows, p.value().numCols});
        }
    }

    /** What is wrong with the modules {@code script} builds for {@code spec}; empty when nothing is. */
    static List<String> problems(ModelSpec spec, String script) {
        TorchModuleCheck check = new TorchModuleCheck(spec);
        check.run(script);
        return check.problems;
    }

    /** The modules of {@code self.<stack> = nn.Sequential(...)} in the script, in order. */
    static List<Module> modules(String script, String stack) {
        int start = script.indexOf("self." + stack + " = nn.Sequential(OrderedDict([");
        int end = script.indexOf("]))", start);
        List<Module> modules = new ArrayList<>();
        if (start < 0) {
            return modules;
        }
        for (String line : script.substring(start, end).split("\n")) {
            Matcher m = ENTRY.matcher(line.strip());
            if (m.matches()) {
                modules.add(new Module(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).substring(1),
                        m.group(3)));
            }
        }
        return modules;
    }

    private void run(String script) {
        Tensor t = walk("encoder", plan.encoder(), modules(script, "encoder"), new Tensor(true, spec.inputShape().size(),
                1, 1));
        if (spec.variant().isVariational()) {
            Matcher m = HEAD.matcher(script);
            int heads = 0;
            while (m.find()) {
                heads++;
                weighted(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (Integer.parseInt(m.group(2)) != t.size()) {
                    problems.add(m.group(1) + " takes " + m.group(2) + " values but the encoder gives " + t.size());
                }
            }
            if (heads != 2) {
                problems.add("a variational model needs the mean and logvar heads, found " + heads);
            }
            t = new Tensor(true, spec.latentSize(), 1, 1);
        }
        walk("decoder", plan.decoder(), modules(script, "decoder"), t);
        for (String name : parameterShapes.keySet()) {
            if (!seen.contains(name)) {
                problems.add("no module carries the engine's parameter " + name);
            }
        }
    }

    private Tensor walk(String stack, List<NetworkPlan.Step> steps, List<Module> modules, Tensor t) {
        noteCrops(modules);
        int at = 0;
        for (NetworkPlan.Step step : steps) {
            List<Module> group = new ArrayList<>();
            while (at < modules.size() && modules.get(at).step() == step.index()) {
                group.add(modules.get(at++));
            }
            String where = step.parameterName() + " (" + step.spec() + ")";
            if (group.stream().noneMatch(m -> m.word().isEmpty())) {
                problems.add(where + ": no module named \"" + step.index() + "\"");
                continue;
            }
            int padTop = 0;
            int padLeft = 0;
            for (Module m : group) {
                Tensor before = t;
                t = apply(where, step, m, t, padTop, padLeft);
                Matcher pad = SIDES.matcher(m.expression());
                if (pad.matches() && m.word().equals("pad")) {
                    padLeft += Integer.parseInt(pad.group(1));
                    padTop += Integer.parseInt(pad.group(3));
                }
                if (t == null) {
                    problems.add(where + ": " + m.expression() + " cannot take a tensor " + before);
                    return before;
                }
            }
            checkEnd(where, step, group, t);
        }
        if (at != modules.size()) {
            problems.add(stack + " has modules beyond its plan's steps: " + modules.subList(at, modules.size()));
        }
        return t;
    }

    private void checkEnd(String where, NetworkPlan.Step step, List<Module> group, Tensor t) {
        Shape out = step.output();
        boolean same = t.flat() ? t.size() == out.size() && (out.isFlat() || !step.spec().isSpatial())
                : !out.isFlat() && t.channels() == out.channels() && t.height() == out.height() && t.width() == out.width();
        if (!same) {
            problems.add(where + ": ends at " + t + " but the spec gives " + out);
        }
        LayerSpec s = step.spec();
        ActivationFunction activation = s instanceof DenseSpec d ? d.activation() : s instanceof ConvSpec c
                ? c.activation() : s instanceof ConvTransposeSpec c ? c.activation() : ActivationFunction.LINEAR;
        String word = activation.name().toLowerCase(Locale.ROOT);
        // the engine's display names are PyTorch's class names: ReLU, LeakyReLU, ELU, Sigmoid, Tanh, Softplus
        if (activation != ActivationFunction.LINEAR && group.stream().noneMatch(
                m -> m.word().equals(word) && m.expression().startsWith("nn." + activation.displayName() + "("))) {
            problems.add(where + ": no " + activation.displayName() + " module");
        }
        for (Module m : group) {
            if (!m.word().equals(word) && isActivation(m.expression())) {
                problems.add(where + ": an activation the spec does not have: " + m.expression());
            }
        }
        double rate = s instanceof DenseSpec d ? d.dropout() : s instanceof DropoutSpec d ? d.rate() : 0;
        if (rate > 0 && group.stream().noneMatch(m -> m.expression().equals("nn.Dropout(" + rate + ")"))) {
            problems.add(where + ": no dropout of " + rate);
        }
        if (s instanceof NoiseSpec n && group.stream().noneMatch(m -> m.expression().equals("GaussianNoise(" + n.stddev()
                + ")"))) {
            problems.add(where + ": no noise of deviation " + n.stddev());
        }
        if (s instanceof DenseSpec d && d.activation().defaultAlpha() != 0 && group.stream().noneMatch(
                m -> m.expression().contains("(" + (float) d.alpha() + ")"))) {
            problems.add(where + ": the activation's alpha is not " + (float) d.alpha());
        }
    }

    private static boolean isActivation(String expression) {
        return expression.matches("nn\\.(ReLU|LeakyReLU|ELU|Sigmoid|Tanh|Softplus)\\(.*\\)");
    }

    /** The tensor after module {@code m} by PyTorch's rules, or null when the module cannot take {@code t}. */
    private Tensor apply(String where, NetworkPlan.Step step, Module m, Tensor t, int padTop, int padLeft) {
        String e = m.expression();
        Matcher x;
        if ((x = LINEAR.matcher(e)).matches()) {
            int in = Integer.parseInt(x.group(1));
            int out = Integer.parseInt(x.group(2));
            weighted(step.parameterName(), in, out, m);
            return t.flat() && t.size() == in ? new Tensor(true, out, 1, 1) : null;
        }
        if ((x = CONV.matcher(e)).matches()) {
            ConvArgs a = ConvArgs.of(x);
            weighted(step.parameterName(), a.filters(), a.taps(a.channels()), m);
            ConvSpec spec = (ConvSpec) step.spec();
            window(where, padTop + a.padding()[0], padLeft + a.padding()[1], ConvGeometry.of(step.input().height(),
                    step.input().width(), spec.kernel(), spec.stride(), spec.padding()));
            return t.flat() || t.channels() != a.channels() ? null : new Tensor(false, a.filters(),
                    (t.height() + 2 * a.padding()[0] - a.kernel()) / a.stride() + 1,
                    (t.width() + 2 * a.padding()[1] - a.kernel()) / a.stride() + 1);
        }
        if ((x = DECONV.matcher(e)).matches()) {
            ConvArgs a = ConvArgs.of(x);
            int[] op = x.group(6) == null ? new int[2] : pair(x.group(6));
            weighted(step.parameterName(), a.channels(), a.taps(a.filters()), m);
            ConvTransposeSpec spec = (ConvTransposeSpec) step.spec();
            // output j is the full output's j + padding (+ what a crop after drops first)
            int[] crop = cropAfter(m.step());
            window(where, a.padding()[0] + crop[0], a.padding()[1] + crop[1], ConvGeometry.of(step.output().height(),
                    step.output().width(), spec.kernel(), spec.stride(), spec.padding()));
            return t.flat() || t.channels() != a.channels() ? null : new Tensor(false, a.filters(),
                    (t.height() - 1) * a.stride() - 2 * a.padding()[0] + a.kernel() + op[0],
                    (t.width() - 1) * a.stride() - 2 * a.padding()[1] + a.kernel() + op[1]);
        }
        if ((x = PAD.matcher(e)).matches()) {
            int b = Integer.parseInt(x.group(1));
            return t.flat() ? null : new Tensor(false, t.channels(), t.height() + 2 * b, t.width() + 2 * b);
        }
        if ((x = SIDES.matcher(e)).matches()) {
            int w = Integer.parseInt(x.group(1)) + Integer.parseInt(x.group(2));
            int h = Integer.parseInt(x.group(3)) + Integer.parseInt(x.group(4));
            return t.flat() ? null : new Tensor(false, t.channels(), t.height() + h, t.width() + w);
        }
        if ((x = POOL.matcher(e)).matches()) {
            int k = Integer.parseInt(x.group(2));
            int s = Integer.parseInt(x.group(3));
            boolean ceil = x.group(4) != null;
            checkPool(where, step, x.group(1).equals("Avg"), k, s, 0, 0);
            return t.flat() ? null : new Tensor(false, t.channels(), windows(t.height(), k, s, ceil),
                    windows(t.width(), k, s, ceil));
        }
        if ((x = SAME_POOL.matcher(e)).matches()) {
            int k = Integer.parseInt(x.group(2));
            int s = Integer.parseInt(x.group(3));
            int left = Integer.parseInt(x.group(4));
            int top = Integer.parseInt(x.group(6));
            checkPool(where, step, x.group(1).equals("True"), k, s, top, left);
            return t.flat() ? null : new Tensor(false, t.channels(),
                    windows(t.height() + top + Integer.parseInt(x.group(7)), k, s, false),
                    windows(t.width() + left + Integer.parseInt(x.group(5)), k, s, false));
        }
        if ((x = UP_FACTOR.matcher(e)).matches()) {
            int f = Integer.parseInt(x.group(1));
            return t.flat() ? null : new Tensor(false, t.channels(), t.height() * f, t.width() * f);
        }
        if ((x = UP_SIZE.matcher(e)).matches()) {
            return t.flat() ? null : new Tensor(false, t.channels(), Integer.parseInt(x.group(1)),
                    Integer.parseInt(x.group(2)));
        }
        if (e.equals("nn.Flatten()")) {
            return new Tensor(true, t.size(), 1, 1);
        }
        if ((x = UNFLATTEN.matcher(e)).matches()) {
            Tensor out = new Tensor(false, Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)),
                    Integer.parseInt(x.group(3)));
            return t.flat() && t.size() == out.size() ? out : null;
        }
        if (isActivation(e) || e.startsWith("nn.Dropout(") || e.startsWith("GaussianNoise(")) {
            return t;
        }
        problems.add(where + ": a module this check does not know: " + e);
        return t;
    }

    /** The first rows and columns a crop just after the transposed convolution of this step drops. */
    private int[] cropAfter(int stepIndex) {
        return currentCrop.getOrDefault(stepIndex, new int[2]);
    }

    private final Map<Integer, int[]> currentCrop = new HashMap<>();

    /** Remembers each step's crop of a transposed convolution, read before the walk reaches it. */
    private void noteCrops(List<Module> modules) {
        for (Module m : modules) {
            Matcher x = SIDES.matcher(m.expression());
            if (m.word().equals("crop") && x.matches()) {
                currentCrop.put(m.step(), new int[] {-Integer.parseInt(x.group(3)), -Integer.parseInt(x.group(1))});
            }
        }
    }

    private void checkPool(String where, NetworkPlan.Step step, boolean average, int k, int s, int top, int left) {
        if (!(step.spec() instanceof PoolSpec p) || p.average() != average || p.size() != k || p.stride() != s) {
            problems.add(where + ": a pooling the spec does not have");
            return;
        }
        window(where, top, left, ConvGeometry.of(step.input().height(), step.input().width(), k, s, p.padding()));
    }

    /** Window starts: the first window of the module begins {@code top} rows and {@code left} columns before the input. */
    private void window(String where, int top, int left, ConvGeometry g) {
        if (top != g.padTop() || left != g.padLeft()) {
            problems.add(where + ": its first window starts " + top + " rows and " + left + " columns before the input,"
                    + " the engine's " + g.padTop() + " and " + g.padLeft());
        }
    }

    /** How many windows of {@code k} moved by {@code s} start inside {@code in} values (and fit, unless ceil). */
    private static int windows(int in, int k, int s, boolean ceil) {
        int count = 0;
        for (int start = 0; start < in && (ceil || start + k <= in); start += s) {
            count++;
        }
        return count;
    }

    private void weighted(String name, int rows, int cols, Module m) {
        if (!m.word().isEmpty()) {
            problems.add(name + ": a weighted module keyed " + m.step() + "_" + m.word() + " would not be named " + name);
        }
        weighted(name, rows, cols);
    }

    /** The engine's parameter {@code name}.weight must exist with this shape, and .bias too. */
    private void weighted(String name, int rows, int cols) {
        int[] shape = parameterShapes.get(name + ".weight");
        if (shape == null || parameterShapes.get(name + ".bias") == null) {
            problems.add(name + ": the engine has no parameters of that name");
            return;
        }
        if (shape[0] != rows || shape[1] != cols) {
            problems.add(name + ".weight: the module's weights are " + rows + "x" + cols + " as the workbench stores them,"
                    + " the engine's " + shape[0] + "x" + shape[1]);
        }
        seen.add(name + ".weight");
        seen.add(name + ".bias");
    }

    /** What a convolution's or a transposed convolution's constructor says. */
    private record ConvArgs(int channels, int filters, int kernel, int stride, int[] padding) {
        static ConvArgs of(Matcher x) {
            return new ConvArgs(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)), Integer.parseInt(x.group(3)),
                    Integer.parseInt(x.group(4)), pair(x.group(5)));
        }

        /** Weights a row of the stored kernel: {@code channels} x k x k. */
        int taps(int channels) {
            return channels * kernel * kernel;
        }
    }

    private static int[] pair(String text) {
        if (text.startsWith("(")) {
            String[] parts = text.substring(1, text.length() - 1).split(", ");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
        int v = Integer.parseInt(text);
        return new int[] {v, v};
    }
}
