package workbench.io.onnx;

import workbench.engine.CroppingSpec;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.Shape;
import workbench.engine.UpsampleSpec;
import workbench.engine.ZeroPaddingSpec;

/** The weightless image layers: zero padding as Pad, cropping as Slice, nearest upsampling as Gather. */
final class ImageNodes {
    private ImageNodes() {
    }

    static Value zeroPadding(OnnxGraph graph, Step step, ZeroPaddingSpec spec, Value in) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        long b = spec.border();
        // [N, C, H, W] begins, then [N, C, H, W] ends; the constant value defaults to 0
        String pads = graph.int64s(name + ".pads", 0, 0, b, b, 0, 0, b, b);
        return graph.node("Pad", name, NodeAttributes.none().text("mode", "constant"), step.output(), false,
                x.name(), pads);
    }

    static Value cropping(OnnxGraph graph, Step step, CroppingSpec spec, Value in) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        Shape input = step.input();
        long b = spec.border();
        String starts = graph.int64s(name + ".starts", b, b);
        String ends = graph.int64s(name + ".ends", input.height() - b, input.width() - b);
        String axes = graph.int64s(name + ".axes", 2, 3);
        return graph.node("Slice", name, NodeAttributes.none(), step.output(), false, x.name(), starts, ends, axes);
    }

    /**
     * Output row o copies input row floor(o * in / out), and the same for columns: one Gather per
     * axis with those indices, exact for any pair of sizes. Resize would compute the source from a
     * float scale, which for sizes such as 6 to 10 can land a hair below an integer and pick the row
     * before.
     */
    static Value upsample(OnnxGraph graph, Step step, UpsampleSpec spec, Value in) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        Shape input = step.input();
        Shape output = step.output();
        String rows = graph.int64s(name + ".rows", sources(input.height(), output.height()));
        String columns = graph.int64s(name + ".columns", sources(input.width(), output.width()));
        Value tall = graph.node("Gather", name + ".gather_rows", NodeAttributes.none().integer("axis", 2),
                Shape.image(input.channels(), output.height(), input.width()), false, x.name(), rows);
        return graph.node("Gather", name, NodeAttributes.none().integer("axis", 3), output, false, tall.name(),
                columns);
    }

    private static long[] sources(int in, int out) {
        long[] source = new long[out];
        for (int o = 0; o < out; o++) {
            source[o] = (long) o * in / out;
        }
        return source;
    }
}
