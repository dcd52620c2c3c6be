package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import workbench.session.ViewSettings;

class AdvancedControlTest {
    @Test
    void everyControlHiddenByDefaultCanBeChosenInTheDialog() {
        Set<String> ids = Arrays.stream(AdvancedControl.values()).map(AdvancedControl::id).collect(Collectors.toSet());
        assertEquals(AdvancedControl.values().length, ids.size(), "ids are unique");
        assertTrue(ids.containsAll(ViewSettings.DEFAULT_HIDDEN), "unknown default ids: " + ViewSettings.DEFAULT_HIDDEN);
    }
}
