package io.shopdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Questions customers ask, from a tenant's held-out paraphrase test set ({@code src/test/resources/paraphrases}). In
 * the "repeat" mode they are drawn with a Zipf distribution (s = 1) over the set, as real traffic repeats a few
 * questions often; in the "new" mode every question is made unique (a running order number added), so no cache of
 * earlier answers can serve it.
 */
final class Questions {

    private final List<String> texts;
    private final double[] cumulative;
    private final AtomicLong counter = new AtomicLong(10_000);

    private Questions(List<String> texts) {
        this.texts = List.copyOf(texts);
        this.cumulative = new double[texts.size()];
        double sum = 0;
        for (int rank = 1; rank <= texts.size(); rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    static Questions of(String tenant) throws IOException {
        var texts = new ArrayList<String>();
        try (var in = Questions.class.getResourceAsStream("/paraphrases/" + tenant + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("No test set for " + tenant);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                texts.add(text(line));
            }
        }
        return new Questions(texts);
    }

    int size() {
        return texts.size();
    }

    /** A question by Zipf rank (the set's order is its popularity order). */
    String repeated(SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return texts.get(low);
    }

    /** A question nobody asked before. */
    String fresh(SplittableRandom random) {
        return texts.get(random.nextInt(texts.size())) + " #" + counter.incrementAndGet();
    }

    /** The text column of a CSV line "text,label" (the text may be quoted). */
    private static String text(String line) {
        if (line.startsWith("\"")) {
            var text = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    text.append('"');
                    i++;
                } else if (c == '"') {
                    break;
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }
        return line.substring(0, line.lastIndexOf(','));
    }
}
