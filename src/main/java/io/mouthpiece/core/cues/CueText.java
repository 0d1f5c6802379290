package io.mouthpiece.core.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cue's payload as plain spoken text: tags and styling removed, entities decoded, the WebVTT voice kept. */
final class CueText {
    /** {@code <v Name>} or {@code <v.loud Name>}: the voice span's annotation is the speaker. */
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** SubStation override codes some SRT files carry: {\an8}, {\i1}. */
    private static final Pattern ASS = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    record Clean(String text, String speaker) {}

    private CueText() {}

    static Clean clean(List<String> payload) {
        String speaker = "";
        List<String> out = new ArrayList<>();
        for (String raw : payload) {
            Matcher v = VOICE.matcher(raw);
            if (speaker.isEmpty() && v.find()) speaker = decode(v.group(1)).strip();
            String s = ASS.matcher(TAG.matcher(raw).replaceAll("")).replaceAll("");
            s = decode(s).replace('\u00a0', ' ').strip();
            if (!s.isEmpty()) out.add(s);
        }
        return new Clean(String.join("\n", out), speaker);
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        m.appendTail(b);
        return b.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "lrm", "rlm", "zwj", "zwnj" -> "";
            case "hellip" -> "\u2026";
            case "mdash" -> "\u2014";
            case "ndash" -> "\u2013";
            default -> whole;
        };
    }
}
