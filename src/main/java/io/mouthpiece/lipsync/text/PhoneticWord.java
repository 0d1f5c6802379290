package io.mouthpiece.lipsync.text;

import java.util.List;

/**
 * One word of a transcript with its ARPAbet phones; {@code guessed} is true when the phones came from the
 * letter-to-sound rules rather than the dictionary.
 */
public record PhoneticWord(String text, List<String> phones, boolean guessed) {
    public PhoneticWord {
        phones = List.copyOf(phones);
        if (phones.isEmpty()) throw new IllegalArgumentException("word without phones: " + text);
    }
}
