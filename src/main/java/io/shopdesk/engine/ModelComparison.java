package io.shopdesk.engine;

import io.shopdesk.engine.internal.VersionAnswers;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lets trainers see what a model version would answer before customers do: any version of the current tenant
 * answers a question ("try it", live and newest candidate side by side), and the regression check answers the
 * tenant's {@link TestQuestionSet} with the live model and a candidate. Nothing here changes which model is live.
 */
@Service
public class ModelComparison {

    /** The longest question the try-it panel takes, like a customer message. */
    public static final int MAX_QUESTION = 2000;

    private final VersionAnswers versions;
    private final BotEngine engine;
    private final TestQuestionSet testSet;

    ModelComparison(VersionAnswers versions, BotEngine engine, TestQuestionSet testSet) {
        this.versions = versions;
        this.engine = engine;
        this.testSet = testSet;
    }

    /** What the given version of the current tenant's model answers; 404 for a version the tenant does not have. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public BotAnswer answerWith(int version, String question) {
        return versions.version(version).answer(checked(question));
    }

    /** The live model's answer (what customers get now) and the newest candidate's, if there is one. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public TryItAnswers tryIt(String question) {
        String text = checked(question);
        var live = engine.answer(TenantContext.require(), text);
        var candidate = versions.newestCandidate()
                .map(version -> versions.version(version).answer(text));
        return new TryItAnswers(text, live, candidate);
    }

    /** The newest candidate version, if a trained model waits to be published or discarded. */
    @PreAuthorize(Roles.HAS_TRAINER)
    public Optional<Integer> newestCandidate() {
        return versions.newestCandidate();
    }

    /**
     * The live model as its training left it and the given candidate on the test set. The baseline is the trained
     * state, not the live one with the incremental updates written over it since (FAQ edits and review picks reach
     * customers at once): a retrain is judged against the last training, and the report also counts how many test
     * questions the live model answers right now.
     */
    @PreAuthorize(Roles.HAS_TRAINER)
    public RegressionReport regression(int candidateVersion) {
        var candidate = versions.version(candidateVersion);
        if (candidate.status() != ModelStatus.CANDIDATE) {
            throw new BusinessRuleException("engine.error.not-candidate", candidateVersion);
        }
        var tenant = TenantContext.require();
        int liveVersion = versions.liveVersion().orElse(0);
        var trained = liveVersion == 0 ? null : versions.trained(liveVersion);
        int liveUpdates = liveVersion == 0 ? 0 : versions.version(liveVersion).revision();
        var rows = new ArrayList<RegressionReport.Row>();
        int liveNowCorrect = 0;
        for (TestQuestion question : testSet.questions()) {
            var before = trained == null ? BotAnswer.none(0) : trained.answer(question.question());
            var next = candidate.answer(question.question());
            if (liveUpdates == 0) {
                liveNowCorrect += correct(question, before) ? 1 : 0;
            } else {
                liveNowCorrect += correct(question, engine.answer(tenant, question.question())) ? 1 : 0;
            }
            rows.add(new RegressionReport.Row(
                    question.question(),
                    question.faqEntryId(),
                    top(before),
                    before.confidence(),
                    rightConfidence(question, before),
                    correct(question, before),
                    top(next),
                    next.confidence(),
                    rightConfidence(question, next),
                    correct(question, next)));
        }
        return new RegressionReport(liveVersion, liveUpdates, liveNowCorrect, candidateVersion, rows);
    }

    private static Long top(BotAnswer answer) {
        return answer.candidates().isEmpty()
                ? null
                : answer.candidates().getFirst().faqEntryId();
    }

    private static boolean correct(TestQuestion question, BotAnswer answer) {
        if (question.outOfScope()) {
            return answer.confidence() < ConfidenceThresholds.DEFAULTS.answer();
        }
        return Objects.equals(top(answer), question.faqEntryId());
    }

    private static double rightConfidence(TestQuestion question, BotAnswer answer) {
        if (question.outOfScope()) {
            return 1 - answer.confidence();
        }
        return answer.candidates().stream()
                .filter(candidate -> candidate.faqEntryId() == question.faqEntryId())
                .mapToDouble(AnswerCandidate::confidence)
                .findFirst()
                .orElse(0);
    }

    private static String checked(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("question", "engine.try.error.question-required");
        }
        if (text.length() > MAX_QUESTION) {
            throw BusinessRuleException.onField("question", "engine.try.error.question-too-long", MAX_QUESTION);
        }
        return text;
    }
}
