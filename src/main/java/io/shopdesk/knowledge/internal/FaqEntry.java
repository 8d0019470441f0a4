package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/** A FAQ entry: the standard question, the ways customers also ask it, and the answer (sanitized HTML). */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "entry_key")
    private String key;

    private String question;

    private String answer;

    @Enumerated(EnumType.STRING)
    private FaqStatus status;

    private String tags;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SimilarQuestion> similarQuestions = new ArrayList<>();

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    private List<FaqAnswerVariant> variants = new ArrayList<>();

    protected FaqEntry() {}

    public FaqEntry(
            Long categoryId, String key, String question, String answer, FaqStatus status, String tags, Instant now) {
        this.categoryId = categoryId;
        this.key = key;
        this.question = question;
        this.answer = answer;
        this.status = status;
        this.tags = tags;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addSimilarQuestion(String text) {
        similarQuestions.add(new SimilarQuestion(this, text, similarQuestions.size()));
    }

    /** Replaces the similar questions, keeping rows whose text is unchanged at their new position. */
    public void replaceSimilarQuestions(List<String> texts) {
        similarQuestions.clear();
        texts.forEach(this::addSimilarQuestion);
    }

    /** Replaces the channel variants (channel type to sanitized answer). */
    public void replaceVariants(Map<String, String> answersByChannel) {
        variants.removeIf(variant -> !answersByChannel.containsKey(variant.channelType()));
        answersByChannel.forEach((channel, text) -> variants.stream()
                .filter(variant -> variant.channelType().equals(channel))
                .findFirst()
                .ifPresentOrElse(
                        variant -> variant.changeAnswer(text),
                        () -> variants.add(new FaqAnswerVariant(this, channel, text))));
    }

    public void edit(
            String key,
            Long categoryId,
            String question,
            String answer,
            FaqStatus status,
            String tags,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant now) {
        this.key = key;
        this.categoryId = categoryId;
        this.question = question;
        this.answer = answer;
        this.status = status;
        this.tags = tags;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.updatedAt = now;
    }

    public void validity(LocalDate from, LocalDate until) {
        this.validFrom = from;
        this.validUntil = until;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String key() {
        return key;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public FaqStatus status() {
        return status;
    }

    public String tags() {
        return tags;
    }

    public List<String> tagList() {
        return splitTags(tags);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<String> similarQuestionTexts() {
        return similarQuestions.stream().map(SimilarQuestion::text).toList();
    }

    /** Channel type to sanitized answer, sorted by channel type. */
    public Map<String, String> variantAnswers() {
        var answers = new TreeMap<String, String>();
        variants.forEach(variant -> answers.put(variant.channelType(), variant.answer()));
        return new LinkedHashMap<>(answers);
    }

    /** Tags are stored comma-separated ("a,b"); tags themselves never hold commas. */
    public static List<String> splitTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).filter(tag -> !tag.isBlank()).toList();
    }
}
