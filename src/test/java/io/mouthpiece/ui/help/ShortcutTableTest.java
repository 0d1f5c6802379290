package io.mouthpiece.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The one shortcut table: no key does two things, and every menu accelerator in the FXML is listed in it. */
class ShortcutTableTest {
    @Test
    void noKeyIsBoundTwice() {
        Map<KeyCombination, Shortcut> seen = new HashMap<>();
        for (Shortcut s : Shortcut.values()) {
            for (KeyCombination k : s.keys()) {
                Shortcut other = seen.put(k, s);
                assertTrue(other == null, k + " is both " + other + " and " + s);
            }
            assertFalse(s.keysText().isBlank(), s + " shows no keys");
        }
    }

    @Test
    void everyMenuAcceleratorIsInTheTable() throws IOException {
        String fxml;
        try (InputStream in = ShortcutTableTest.class.getResourceAsStream("/io/mouthpiece/ui/shell/main-window.fxml")) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("accelerator=\"([^\"]+)\"").matcher(fxml);
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (m.find()) {
            count++;
            KeyCombination k = KeyCombination.valueOf(m.group(1));
            boolean listed = false;
            for (Shortcut s : Shortcut.values()) listed |= s.keys().contains(k);
            if (!listed) missing.add(m.group(1));
        }
        assertTrue(count >= 9, "the menus have accelerators: " + count);
        assertEquals(List.of(), missing, "accelerators missing from Shortcut");
    }
}
