package io.mouthpiece.core.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where user data lives: XDG folders on Linux, AppData on Windows, ~/Library on macOS; never the install or working
 * folder. The system property {@code mouthpiece.home} puts everything under one root (tests, portable installs).
 */
public record AppDirs(Path config, Path data, Path cache, Path state, Path logs) {
    private static final String APP = "mouthpiece";

    public static AppDirs forThisUser() {
        return resolve(System.getProperty("mouthpiece.home"), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), System.getenv());
    }

    public static AppDirs under(Path root) {
        return new AppDirs(root.resolve("config"), root.resolve("data"), root.resolve("cache"), root.resolve("state"),
                root.resolve("logs"));
    }

    static AppDirs resolve(String override, String osName, Path home, Map<String, String> env) {
        if (override != null && !override.isBlank()) return under(Path.of(override));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve("Mouthpiece");
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve("Mouthpiece");
            return new AppDirs(roaming, roaming, local.resolve("Cache"), local.resolve("State"), local.resolve("Logs"));
        }
        if (os.startsWith("mac")) {
            Path lib = home.resolve("Library");
            Path support = lib.resolve("Application Support").resolve("Mouthpiece");
            return new AppDirs(support, support, lib.resolve("Caches").resolve("Mouthpiece"), support.resolve("State"),
                    lib.resolve("Logs").resolve("Mouthpiece"));
        }
        Path state = envPath(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP);
        return new AppDirs(envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP),
                envPath(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP),
                state, state.resolve("logs"));
    }

    private static Path envPath(Map<String, String> env, String key, Path fallback) {
        String v = env.get(key);
        // XDG says relative paths are invalid and must be ignored
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    public Path autosaves() { return state.resolve("autosave"); }

    public Path characterLibrary() { return data.resolve("characters"); }

    public Path userModels() { return data.resolve("models"); }
}
