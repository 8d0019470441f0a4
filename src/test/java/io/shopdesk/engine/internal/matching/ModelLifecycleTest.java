package io.shopdesk.engine.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.engine.ConfidenceThresholds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Writing and reading models, adding and removing entries without retraining, and training that fails. */
class ModelLifecycleTest {

    private static final double ANSWER = ConfidenceThresholds.DEFAULTS.answer();

    @Test
    void a_model_read_back_from_its_bytes_answers_exactly_like_the_original() throws IOException {
        TenantModel model = DemoTenants.model("brightwave");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeTo(bytes);
        TenantModel read = DemoTenants.matching().read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.language()).isEqualTo(MatchLanguage.EN);
        assertThat(read.labels()).isEqualTo(model.labels());
        for (DemoTenants.Paraphrase p : DemoTenants.paraphrases("brightwave").subList(0, 20)) {
            assertThat(read.predict(p.text())).isEqualTo(model.predict(p.text()));
        }
    }

    @Test
    void bytes_that_are_not_a_model_are_refused_with_an_io_exception() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoTenants.model("brightwave").writeTo(bytes);
        byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThatThrownBy(() -> DemoTenants.matching().read(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DemoTenants.matching().read(new ByteArrayInputStream("hello".getBytes())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_model_trained_with_other_encoder_weights_is_refused_as_incompatible_and_version_1_bytes_still_read()
            throws IOException, TrainingFailedException {
        TrainingData data = new TrainingData(
                MatchLanguage.EN,
                List.of(
                        new Example("wrap", "Do you gift wrap?"),
                        new Example("wrap", "Can you wrap my order as a present?"),
                        new Example("hours", "When is your support open?"),
                        new Example("hours", "What are your opening hours?")),
                List.of(),
                7);
        try (DefaultMatching bgeAlone = DefaultMatching.create(
                MatchingSettings.defaults().withEncoderThreads(1).withEnglishBgeShare(1))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bgeAlone.train(data, TrainingProgress.NONE).writeTo(bytes);

            assertThatThrownBy(() -> DemoTenants.matching().read(new ByteArrayInputStream(bytes.toByteArray())))
                    .isInstanceOf(IncompatibleModelException.class)
                    .hasMessageContaining("bge-small-en-v1.5-q")
                    .hasMessageContaining("all-minilm-l6-v2-q");

            byte[] version1 = withoutEncoderId(bytes.toByteArray());
            assertThat(bgeAlone.read(new ByteArrayInputStream(version1))
                            .predict("gift wrapping please")
                            .candidates()
                            .getFirst()
                            .label())
                    .isEqualTo("wrap");
            assertThatThrownBy(() -> DemoTenants.matching().read(new ByteArrayInputStream(version1)))
                    .as("version 1 models were made by bge-small-en alone")
                    .isInstanceOf(IncompatibleModelException.class);

            ByteArrayOutputStream both = new ByteArrayOutputStream();
            DemoTenants.matching().train(data, TrainingProgress.NONE).writeTo(both);
            assertThatThrownBy(() -> bgeAlone.read(new ByteArrayInputStream(both.toByteArray())))
                    .isInstanceOf(IncompatibleModelException.class);
        }
    }

    /** The same model in the format of version 1: no encoder id after the language. */
    private static byte[] withoutEncoderId(byte[] version2) throws IOException {
        var in = new java.io.DataInputStream(new ByteArrayInputStream(version2));
        var out = new ByteArrayOutputStream();
        var data = new java.io.DataOutputStream(out);
        data.writeInt(in.readInt());
        assertThat(in.readInt()).isEqualTo(2);
        data.writeInt(1);
        data.writeUTF(in.readUTF());
        in.readUTF();
        in.transferTo(data);
        return out.toByteArray();
    }

    @Test
    void a_new_entry_is_answered_at_once_without_retraining() {
        TenantModel model = DemoTenants.model("brightwave");
        String question = "Do you offer engraving on headphones?";
        assertThat(model.predict("can you engrave my name on the headphones")
                        .candidates()
                        .getFirst()
                        .label())
                .isNotEqualTo("engraving");
        TenantModel updated = model.withExamples(List.of(
                new Example("engraving", question),
                new Example("engraving", "can I get my initials laser engraved"),
                new Example("engraving", "personalised engraving service")));
        assertThat(updated.labels()).contains("engraving");
        Prediction prediction = updated.predict("can you engrave my name on the headphones");
        assertThat(prediction.candidates().getFirst().label()).isEqualTo("engraving");
        assertThat(model.labels()).doesNotContain("engraving");
    }

    @Test
    void a_new_similar_question_of_an_existing_entry_is_answered_at_once() {
        TenantModel model = DemoTenants.model("yunshang");
        String question = "衣服上的线头太多了能换一件吗";
        TenantModel updated = model.withExamples(List.of(new Example("quality-issue", question)));
        Prediction prediction = updated.predict(question);
        assertThat(prediction.candidates().getFirst().label()).isEqualTo("quality-issue");
        assertThat(prediction.confidence()).isGreaterThanOrEqualTo(ANSWER);
    }

    @Test
    void removed_entries_are_never_answered_again() {
        TenantModel model = DemoTenants.model("brightwave");
        TenantModel without = model.withoutLabels(Set.of("order-status", "tracking"));
        assertThat(without.labels()).doesNotContain("order-status", "tracking");
        for (String question : List.of("where's my order?", "How can I check the status of my order?", "track it")) {
            assertThat(without.predict(question).candidates())
                    .extracting(Prediction.Candidate::label)
                    .doesNotContain("order-status", "tracking");
        }
    }

    @Test
    void training_without_usable_examples_fails_and_returns_no_model() {
        DefaultMatching matching = DemoTenants.matching();
        assertThatThrownBy(() -> matching.train(
                        new TrainingData(MatchLanguage.EN, List.of(), List.of(), 1), TrainingProgress.NONE))
                .isInstanceOf(TrainingFailedException.class);
        assertThatThrownBy(() -> matching.train(
                        new TrainingData(
                                MatchLanguage.EN,
                                List.of(new Example("a", "   "), new Example("b", "😀")),
                                List.of(),
                                1),
                        TrainingProgress.NONE))
                .isInstanceOf(TrainingFailedException.class);
    }

    @Test
    void training_reports_progress_up_to_completion() throws TrainingFailedException {
        List<Double> fractions = new java.util.concurrent.CopyOnWriteArrayList<>();
        TenantModel model = DemoTenants.matching()
                .train(
                        new TrainingData(
                                MatchLanguage.EN,
                                List.of(
                                        new Example("hours", "when are you open"),
                                        new Example("hours", "what are your opening hours"),
                                        new Example("returns", "how do I return an item"),
                                        new Example("returns", "can I send this back")),
                                List.of(),
                                3),
                        (fraction, stage) -> fractions.add(fraction));
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(model.predict("what time do you open tomorrow")
                        .candidates()
                        .getFirst()
                        .label())
                .isEqualTo("hours");
    }
}
