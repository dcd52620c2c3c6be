package workbench.io.format;

/** An array kept beside model.json: what it belongs to, its shape and the .npy entry that holds it. */
public record ArrayJson(String name, int[] shape, String file) {
}
