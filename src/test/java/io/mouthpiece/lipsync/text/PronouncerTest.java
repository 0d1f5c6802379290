package io.mouthpiece.lipsync.text;

import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.lipsync.LipsyncModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

class PronouncerTest {
    static Pronouncer pron;

    @BeforeAll
    static void load() throws Exception {
        pron = LipsyncModels.loadPronouncer();
    }

    @Test
    void dictionaryWordsNumbersAndContractions() {
        List<PhoneticWord> ws = pron.pronounce(new Transcript("Bob's 42 maps, isn't it?", Locale.US)).orElseThrow();
        assertEquals(List.of("bob's", "forty", "two", "maps", "isn't", "it"), ws.stream().map(PhoneticWord::text).toList());
        assertEquals(List.of("B", "AA", "B", "Z"), ws.get(0).phones());
        assertEquals(List.of("M", "AE", "P", "S"), ws.get(3).phones());
        assertTrue(ws.stream().noneMatch(PhoneticWord::guessed), ws.toString());
    }

    @Test
    void unknownWordsFallBackToLetterToSound() {
        PhoneticWord w = pron.word("blimpsworth");
        assertTrue(w.guessed());
        assertEquals(List.of("B", "L", "IH", "M", "P", "S", "W", "ER", "TH"), w.phones());
    }

    @Test
    void otherLanguagesAndEmptyTextGiveNothing() {
        assertTrue(pron.pronounce(new Transcript("Guten Tag", Locale.GERMAN)).isEmpty());
        assertTrue(pron.pronounce(new Transcript("  ... !", Locale.US)).isEmpty());
    }
}
