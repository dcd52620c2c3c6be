package workbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code train --help} lists its options under headings (where the run starts from, data, model,
 * variant, training, output) rather than as one list of forty, each in the order a user decides
 * them. An option no heading names is listed last, under "Other", so a new one is never lost.
 */
final class GroupedOptions implements CommandLine.IHelpSectionRenderer {
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    private GroupedOptions() {
    }

    /** The headings and options of {@code train}. */
    static GroupedOptions forTrain() {
        GroupedOptions g = new GroupedOptions();
        g.groups.put("Start from", List.of("--resume", "--experiment"));
        g.groups.put("Data", List.of("--dataset", "--normalization", "--normal-classes", "--val"));
        g.groups.put("Model", List.of("--layers", "--decoder", "--latent", "--activation", "--code-activation",
                "--output-activation", "--init"));
        g.groups.put("Variant", List.of("--variant", "--noise", "--noise-level", "--no-clip-noise", "--sparsity",
                "--sparsity-weight", "--sparsity-target", "--contractive-weight", "--beta", "--warmup"));
        g.groups.put("Training", List.of("--loss", "--optimizer", "--lr", "--weight-decay", "--l1", "--clip-norm",
                "--schedule", "--batch", "--epochs", "--patience", "--seed"));
        g.groups.put("Output", List.of("--out", "--force", "--quiet", "--log-format"));
        return g;
    }

    /** Puts the grouped list in place of {@code command}'s single one. */
    void install(CommandLine command) {
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, this);
    }

    @Override
    public String render(Help help) {
        List<OptionSpec> left = new ArrayList<>(help.commandSpec().options());
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<OptionSpec> members = new ArrayList<>();
            for (String name : group.getValue()) {
                OptionSpec option = help.commandSpec().findOption(name);
                if (option != null) {
                    members.add(option);
                    left.remove(option);
                }
            }
            section(text, help, group.getKey(), members);
        }
        section(text, help, "Other", left);
        return text.toString();
    }

    private static void section(StringBuilder text, Help help, String heading, List<OptionSpec> options) {
        if (options.isEmpty()) {
            return;
        }
        Help.Layout layout = help.createDefaultLayout();
        for (OptionSpec option : options) {
            layout.addOption(option, help.parameterLabelRenderer());
        }
        text.append(System.lineSeparator()).append(heading).append(':').append(System.lineSeparator())
                .append(layout);
    }
}
