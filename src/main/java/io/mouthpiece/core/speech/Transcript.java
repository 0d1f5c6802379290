package io.mouthpiece.core.speech;

import java.util.Locale;

/** Dialog text for one clip, with its language (BCP 47 tag, e.g. "en-US"); improves lip-sync timing. */
public record Transcript(String text, Locale language) {
    public Transcript {
        if (text == null) throw new IllegalArgumentException("transcript text is null");
        if (language == null) language = Locale.US;
    }

    public boolean isBlank() { return text.isBlank(); }
}
