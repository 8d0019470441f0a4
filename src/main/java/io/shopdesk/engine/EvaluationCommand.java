package io.shopdesk.engine;

import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.Example;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import io.shopdesk.engine.internal.matching.Prediction;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.engine.internal.matching.TrainingData;
import io.shopdesk.engine.internal.matching.TrainingFailedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar shopdesk.jar eval --train TRAIN.csv --test TEST.csv [--lang en|zh] [--seed N]}: trains a throwaway
 * model from the training file exactly as production training does (label {@code oos} rows become out-of-scope
 * examples), writes and reads it back as the model registry would, answers every test row through
 * {@link io.shopdesk.engine.internal.matching.TenantModel#predict}, and prints the figures as one JSON object on the
 * last line of standard output. Runs without Spring, a database or a web server. Exit code 0 on success, 2 on bad
 * arguments or input files, 1 when training fails.
 */
public final class EvaluationCommand {

    private static final String USAGE =
            "usage: java -jar shopdesk.jar eval --train TRAIN.csv --test TEST.csv [--lang en|zh] [--seed N]";
    private static final int WARM_UP_QUESTIONS = 50;

    private EvaluationCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; the arguments may start with the word {@code eval}. Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "engine/evaluation-logback.xml");
        }
        Options options;
        List<EvaluationCsv.Row> train;
        List<EvaluationCsv.Row> test;
        try {
            options = Options.parse(args);
            train = EvaluationCsv.read(options.train());
            test = EvaluationCsv.read(options.test());
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (EvaluationCsv.MalformedCsvException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        MatchLanguage language = options.language() != null ? options.language() : guessLanguage(train);
        List<Example> examples = new ArrayList<>();
        List<String> outOfScope = new ArrayList<>();
        for (EvaluationCsv.Row row : train) {
            if (row.outOfScope()) {
                outOfScope.add(row.text());
            } else {
                examples.add(new Example(row.label(), row.text()));
            }
        }
        if (examples.isEmpty()) {
            err.println("eval: " + options.train() + " has no in-scope rows (every label is 'oos')");
            return 2;
        }
        try (DefaultMatching matching = DefaultMatching.create(MatchingSettings.defaults())) {
            err.printf(
                    Locale.ROOT,
                    "eval: training on %d examples (%d out of scope), language %s%n",
                    examples.size(),
                    outOfScope.size(),
                    language);
            long started = System.nanoTime();
            TenantModel trained = matching.train(
                    new TrainingData(language, examples, outOfScope, options.seed()), (fraction, stage) -> {});
            double trainSeconds = (System.nanoTime() - started) / 1e9;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trained.writeTo(bytes);
            TenantModel model = matching.read(new ByteArrayInputStream(bytes.toByteArray()));
            for (int i = 0; i < Math.min(WARM_UP_QUESTIONS, train.size()); i++) {
                model.predict(train.get(i).text() + " ?");
            }
            err.printf(Locale.ROOT, "eval: trained in %.1f s; answering %d test rows%n", trainSeconds, test.size());
            List<Evaluation.Answer> answers = new ArrayList<>();
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            for (EvaluationCsv.Row row : test) {
                long t0 = System.nanoTime();
                Prediction prediction = model.predict(row.text());
                long nanos = System.nanoTime() - t0;
                String top = prediction.candidates().isEmpty()
                        ? null
                        : prediction.candidates().getFirst().label();
                answers.add(new Evaluation.Answer(
                        row.outOfScope() ? null : row.label(), top, prediction.confidence(), nanos));
            }
            long wall = System.nanoTime() - wallBefore;
            long cpu = processCpuNanos() - cpuBefore;
            Evaluation evaluation = Evaluation.of(answers, ConfidenceThresholds.DEFAULTS.answer());
            Map<String, Object> extra = new HashMap<>();
            extra.put("cpuMsPerQuery", cpu / 1e6 / Math.max(1, test.size()));
            extra.put("wallMsPerQuery", wall / 1e6 / Math.max(1, test.size()));
            extra.put("labels", model.labels().size());
            extra.put("trainRows", train.size());
            extra.put("testRows", test.size());
            extra.put("modelBytes", bytes.size());
            extra.put("memoryBytes", model.memoryBytes());
            extra.put("language", language.name().toLowerCase(Locale.ROOT));
            extra.put("answerThreshold", ConfidenceThresholds.DEFAULTS.answer());
            out.println(evaluation.toJson(trainSeconds, extra));
            return 0;
        } catch (TrainingFailedException e) {
            err.println("eval: training failed: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("eval: the trained model could not be written and read back: " + e.getMessage());
            return 1;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Chinese when at least a fifth of the training text's letters are Han characters. */
    static MatchLanguage guessLanguage(List<EvaluationCsv.Row> rows) {
        long han = 0;
        long letters = 0;
        for (EvaluationCsv.Row row : rows) {
            for (int i = 0; i < row.text().length(); ) {
                int cp = row.text().codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                        han++;
                    }
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? MatchLanguage.ZH : MatchLanguage.EN;
    }

    private record Options(Path train, Path test, MatchLanguage language, long seed) {

        static Options parse(String[] args) {
            Path train = null;
            Path test = null;
            MatchLanguage language = null;
            long seed = 42;
            int i = args.length > 0 && "eval".equals(args[0]) ? 1 : 0;
            for (; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (arg) {
                    case "--train" -> train = Path.of(required(arg, value));
                    case "--test" -> test = Path.of(required(arg, value));
                    case "--lang" ->
                        language = switch (required(arg, value).toLowerCase(Locale.ROOT)) {
                            case "en" -> MatchLanguage.EN;
                            case "zh", "zh-cn" -> MatchLanguage.ZH;
                            default -> throw new IllegalArgumentException("--lang must be en or zh, not " + value);
                        };
                    case "--seed" -> {
                        try {
                            seed = Long.parseLong(required(arg, value));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed must be a whole number, not " + value);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
                i++;
            }
            if (train == null || test == null) {
                throw new IllegalArgumentException("--train and --test are required");
            }
            return new Options(train, test, language, seed);
        }

        private static String required(String option, String value) {
            if (value == null || value.startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
