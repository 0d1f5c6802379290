package io.mouthpiece.core.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings every typed object of a project tree ({@code "schema": "Name.N"}) to the version this app writes, by
 * chaining upgrade functions N → N+1 registered per schema name. Objects from a newer version than known are
 * refused with a message naming both versions.
 */
public final class SchemaUpgrader {
    private static final Pattern SCHEMA = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d+)");

    /** Current version per schema name. */
    private final Map<String, Integer> current;
    /** "Name.N" → function turning a version-N object into a version-(N+1) object (the schema field is set here). */
    private final Map<String, UnaryOperator<ObjectNode>> upgrades;

    public SchemaUpgrader(Map<String, Integer> current, Map<String, UnaryOperator<ObjectNode>> upgrades) {
        this.current = Map.copyOf(current);
        this.upgrades = Map.copyOf(upgrades);
    }

    /** Upgrades {@code node} and everything below it in place; returns how many objects were upgraded. */
    public int upgrade(JsonNode node) throws ProjectFormatException {
        int count = 0;
        if (node instanceof ObjectNode obj) {
            JsonNode s = obj.get("schema");
            if (s != null && s.isTextual()) count += upgradeObject(obj, s.asText());
            for (JsonNode child : obj) count += upgrade(child);
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) count += upgrade(child);
        }
        return count;
    }

    private int upgradeObject(ObjectNode obj, String schema) throws ProjectFormatException {
        Matcher m = SCHEMA.matcher(schema);
        if (!m.matches()) throw new ProjectFormatException("unrecognised schema tag '" + schema + "'");
        String name = m.group(1);
        int version = Integer.parseInt(m.group(2));
        Integer target = current.get(name);
        if (target == null) return 0; // not ours (e.g. a plugin's object): keep as is
        if (version > target) {
            throw new ProjectFormatException("This project was saved by a newer version of Mouthpiece (" + schema
                    + "; this version reads up to " + name + "." + target + "). Update Mouthpiece to open it.");
        }
        int steps = 0;
        while (version < target) {
            UnaryOperator<ObjectNode> f = upgrades.get(name + "." + version);
            if (f == null) throw new ProjectFormatException("no upgrade from " + name + "." + version + " is known");
            f.apply(obj);
            version++;
            obj.put("schema", name + "." + version);
            steps++;
        }
        return steps;
    }
}
