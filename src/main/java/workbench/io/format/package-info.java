/**
 * The schema of the files the workbench writes, format version 2: one plain record per JSON object
 * of {@code model.json} and {@code experiment.json}, each with its explicit mapping to and from the
 * engine's record. The file's field names are the names here, so renaming a field of an engine
 * record changes only a mapping line, never a file; enum values are written as their names and
 * pinned by a test ({@code FileWordsTest}).
 *
 * <p>Version 1 was the engine's records written by reflection. Version 2 keeps every name version 1
 * used and adds fields (the training state, the normal classes), so a version 1 file binds to these
 * records as it is: these classes are the reader of both. A later version that renames or drops a
 * field must turn older files into its shape before binding, in {@code io.FormatVersion}.
 */
package workbench.io.format;
