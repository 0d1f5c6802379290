package io.mouthpiece.core.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unknown JSON fields a newer app wrote: kept verbatim so a load/save round trip loses nothing. */
final class Extra {
    private Extra() {}

    static Map<String, Object> copy(Map<String, Object> extra) {
        if (extra == null || extra.isEmpty()) return Map.of();
        return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
