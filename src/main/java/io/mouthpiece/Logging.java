package io.mouthpiece;

import io.mouthpiece.core.settings.AppDirs;

/** Points logback's rolling file log at the user's log folder (see logback.xml) before the first logger exists. */
final class Logging {
    private Logging() {}

    static void configure(AppDirs dirs) {
        if (System.getProperty("mouthpiece.logdir") == null) {
            System.setProperty("mouthpiece.logdir", dirs.logs().toString());
        }
    }
}
