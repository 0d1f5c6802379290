package io.mouthpiece.lipsync.text;

import java.util.ArrayList;
import java.util.List;

/** Cardinal numbers as English words, for reading digits in a transcript. */
final class Numbers {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private Numbers() {}

    static List<String> words(long n) {
        List<String> out = new ArrayList<>();
        if (n == 0) out.add("zero");
        else add(n, out);
        return out;
    }

    private static void add(long n, List<String> out) {
        if (n >= 1_000_000) { add(n / 1_000_000, out); out.add("million"); n %= 1_000_000; }
        if (n >= 1000) { add(n / 1000, out); out.add("thousand"); n %= 1000; }
        if (n >= 100) { out.add(ONES[(int) (n / 100)]); out.add("hundred"); n %= 100; }
        if (n >= 20) { out.add(TENS[(int) (n / 10)]); n %= 10; }
        if (n > 0) out.add(ONES[(int) n]);
    }
}
