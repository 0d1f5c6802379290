package io.mouthpiece.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, filtered into a resource by the build. */
public final class AppVersion {
    private static final String VERSION = load();

    private AppVersion() {}

    public static String get() { return VERSION; }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/mouthpiece-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
