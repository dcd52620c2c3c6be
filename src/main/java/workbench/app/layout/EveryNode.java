package workbench.app.layout;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Hands every node of a subtree to a consumer, now and whenever one joins it later (a tab's content
 * when its skin builds it, a figure created after a new run), so that a look such as presenter mode
 * reaches every node without each one being wired to it.
 */
public final class EveryNode {
    private final Consumer<Node> consumer;
    /** Parents already watched (weakly: a dropped subtree is not kept alive for this). */
    private final Set<Parent> watched = Collections.newSetFromMap(new WeakHashMap<>());
    private final ListChangeListener<Node> joined = c -> {
        while (c.next()) {
            for (Node n : c.getAddedSubList()) {
                visit(n);
            }
        }
    };

    private EveryNode(Consumer<Node> consumer) {
        this.consumer = consumer;
    }

    /** Calls {@code consumer} for every node under {@code root} (itself included) now and for every one added later. */
    public static void under(Parent root, Consumer<Node> consumer) {
        new EveryNode(consumer).visit(root);
    }

    /** Calls {@code consumer} for every node under {@code root} as it is now. */
    public static void walk(Node root, Consumer<Node> consumer) {
        consumer.accept(root);
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, consumer);
            }
        }
    }

    private void visit(Node node) {
        consumer.accept(node);
        if (node instanceof Parent p) {
            if (watched.add(p)) {
                p.getChildrenUnmodifiable().addListener(joined);
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }
}
