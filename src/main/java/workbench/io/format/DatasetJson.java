package workbench.io.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An experiment's data: a bundled name or a path, the normalisation (null: the data's default)
 * and the normal classes of anomaly detection (absent: every class trains).
 */
public record DatasetJson(String source, String normalization,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> normalClasses) {
}
