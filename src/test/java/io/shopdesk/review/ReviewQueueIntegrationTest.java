package io.shopdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.audit.AuditQuery;
import io.shopdesk.conversation.AnswerNeedsReview;
import io.shopdesk.conversation.ReviewReason;
import io.shopdesk.conversation.TurnCandidate;
import io.shopdesk.engine.TrainingContribution;
import io.shopdesk.engine.TrainingContribution.LabelledQuestion;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import io.shopdesk.testing.TestUsers.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue fed by real {@link AnswerNeedsReview} events: items stored once per turn, clustered by meaning and
 * ranked, every trainer action with its effect on the FAQ, training data and audit log, and tenant isolation.
 */
@IntegrationTest
class ReviewQueueIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ReviewQueue queue;

    @Autowired
    FaqManagement faq;

    @Autowired
    AuditLog auditLog;

    @Autowired
    List<TrainingContribution> contributions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    TestTenant shop;
    Map<String, Long> entries;

    @BeforeEach
    void shop() {
        shop = users.newTenant(
                "STARTER",
                List.of(
                        new FaqDraft(
                                "returns",
                                null,
                                "How do I return an item?",
                                List.of("Can I send it back?"),
                                "Use the returns form.",
                                List.of(),
                                FaqStatus.PUBLISHED),
                        new FaqDraft(
                                "shipping",
                                null,
                                "How long does shipping take?",
                                List.of(),
                                "Three to five days.",
                                List.of(),
                                FaqStatus.PUBLISHED)));
        entries = users.as(shop.trainer(), faq::allEntries).stream()
                .collect(Collectors.toMap(FaqEntrySummary::key, FaqEntrySummary::id));
    }

    private String report(TestTenant tenant, ReviewReason reason, String question, Long answered, long... candidates) {
        String conversation = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        report(tenant, conversation, 2, reason, question, answered, candidates);
        return conversation;
    }

    private void report(
            TestTenant tenant,
            String conversation,
            int turn,
            ReviewReason reason,
            String question,
            Long answered,
            long... candidates) {
        var turnCandidates = new java.util.ArrayList<TurnCandidate>();
        double confidence = 0.5;
        for (long candidate : candidates) {
            turnCandidates.add(new TurnCandidate(candidate, confidence));
            confidence /= 2;
        }
        transactions.executeWithoutResult(status -> events.publishEvent(new AnswerNeedsReview(
                tenant.id(),
                conversation,
                turn,
                reason,
                question,
                answered,
                candidates.length == 0 ? 0 : 0.5,
                turnCandidates,
                1,
                "en",
                Instant.now())));
    }

    private List<ReviewItemView> openItems(TestTenant tenant, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> users.as(tenant.trainer(), queue::countOpen) == expected);
        return users.as(tenant.trainer(), queue::openClusters).stream()
                .flatMap(cluster -> cluster.items().stream())
                .toList();
    }

    private ReviewItemView only(TestTenant tenant, String question) {
        return openItems(tenant, 1).stream()
                .filter(item -> item.question().equals(question))
                .findFirst()
                .orElseThrow();
    }

    private List<String> auditActions() {
        return users.as(shop.admin(), () -> auditLog.searchOwnTenant(AuditQuery.all(), 0, 100)).stream()
                .filter(entry -> entry.action().startsWith("review."))
                .map(entry -> entry.action() + " " + entry.actor() + " " + entry.after())
                .toList();
    }

    @Test
    void a_reported_turn_becomes_one_item_with_its_question_answer_and_candidates() {
        long returns = entries.get("returns");
        long shipping = entries.get("shipping");
        String conversation = report(shop, ReviewReason.LOW_CONFIDENCE, "where is my parcel", null, shipping, returns);
        // the same turn again (redelivered, then voted not helpful) stays one item with the latest reason
        report(shop, conversation, 2, ReviewReason.LOW_CONFIDENCE, "where is my parcel", null, shipping, returns);
        report(shop, conversation, 2, ReviewReason.NOT_HELPFUL, "where is my parcel", shipping, shipping, returns);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> users.as(shop.trainer(), queue::openClusters).stream()
                        .flatMap(cluster -> cluster.items().stream())
                        .anyMatch(item -> item.reason().equals("NOT_HELPFUL")));
        var item = openItems(shop, 1).getFirst();
        assertThat(item.conversationId()).isEqualTo(conversation);
        assertThat(item.question()).isEqualTo("where is my parcel");
        assertThat(item.confidence()).isEqualTo(0.5);
        assertThat(item.candidates()).extracting(ReviewCandidate::faqEntryId).containsExactly(shipping, returns);
        assertThat(item.candidates().getFirst().confidence()).isEqualTo(0.5);
        assertThat(item.open()).isTrue();
    }

    @Test
    void questions_asking_the_same_thing_cluster_and_the_most_asked_comes_first() {
        report(shop, ReviewReason.FALLBACK, "Do you ship to Canada?", null);
        report(shop, ReviewReason.FALLBACK, "Can I pay with PayPal?", null);
        report(shop, ReviewReason.FALLBACK, "Do you ship to canada", null);
        report(shop, ReviewReason.FALLBACK, "ship to Canada?", null);
        report(shop, ReviewReason.FALLBACK, "可以开发票吗", null);
        report(shop, ReviewReason.FALLBACK, "可以开发票吗？", null);

        openItems(shop, 6);
        var clusters = users.as(shop.trainer(), queue::openClusters);

        assertThat(clusters).extracting(ReviewCluster::size).containsExactly(3, 2, 1);
        assertThat(clusters.getFirst().question()).isEqualTo("Do you ship to Canada?");
        assertThat(clusters.getFirst().items())
                .extracting(ReviewItemView::question)
                .containsExactlyInAnyOrder("Do you ship to Canada?", "Do you ship to canada", "ship to Canada?");
        assertThat(clusters.get(1).items()).extracting(ReviewItemView::question).allMatch(q -> q.startsWith("可以开发票"));
        assertThat(clusters.get(2).question()).isEqualTo("Can I pay with PayPal?");
    }

    @Test
    void confirming_keeps_the_question_as_a_labelled_example_of_the_suggested_entry() {
        long returns = entries.get("returns");
        report(shop, ReviewReason.LOW_CONFIDENCE, "I want my money back", null, returns);
        var item = only(shop, "I want my money back");

        var confirmed = users.as(shop.trainer(), () -> queue.confirm(item.id()));

        assertThat(confirmed.resolution()).isEqualTo(ReviewResolution.CONFIRMED);
        assertThat(confirmed.resolvedFaqEntryId()).isEqualTo(returns);
        assertThat(confirmed.resolvedBy()).isNotBlank();
        assertThat(users.as(shop.trainer(), queue::countOpen)).isZero();
        assertThat(TenantContext.callAs(
                        shop.id(),
                        () -> contributions.stream()
                                .flatMap(c -> c.confirmedQuestions(shop.id()).stream())
                                .toList()))
                .contains(new LabelledQuestion(returns, "I want my money back"));
        assertThat(auditActions()).anyMatch(a -> a.startsWith("review.confirmed") && a.endsWith("faq:" + returns));
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.confirm(item.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("review.error.already-resolved");
    }

    @Test
    void an_item_without_any_candidate_cannot_be_confirmed() {
        report(shop, ReviewReason.FALLBACK, "Do you sell gift cards?", null);
        var item = only(shop, "Do you sell gift cards?");

        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.confirm(item.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("review.error.nothing-to-confirm");
        assertThat(users.as(shop.trainer(), () -> queue.item(item.id())).open()).isTrue();
    }

    @Test
    void picking_the_right_entry_adds_the_question_as_its_similar_question() {
        long returns = entries.get("returns");
        long shipping = entries.get("shipping");
        report(shop, ReviewReason.NOT_HELPFUL, "the shoes do not fit, what now", shipping, shipping);
        var item = only(shop, "the shoes do not fit, what now");

        var picked = users.as(shop.trainer(), () -> queue.pickEntry(item.id(), returns));

        assertThat(picked.resolution()).isEqualTo(ReviewResolution.ENTRY_PICKED);
        assertThat(users.as(shop.trainer(), () -> faq.entry(returns)).similarQuestions())
                .containsExactly("Can I send it back?", "the shoes do not fit, what now");
        assertThat(users.as(shop.trainer(), () -> faq.entry(shipping)).similarQuestions())
                .isEmpty();
        assertThat(auditActions()).anyMatch(a -> a.startsWith("review.entry-picked") && a.endsWith("faq:" + returns));
    }

    @Test
    void creating_an_entry_from_an_item_publishes_it_with_the_question() {
        report(shop, ReviewReason.FALLBACK, "do you have a store in Berlin", null);
        var item = only(shop, "do you have a store in Berlin");

        var created = users.as(
                shop.trainer(),
                () -> queue.createEntry(item.id(), "Do you have a store in Berlin?", "Yes, on Hauptstraße 1.", null));

        var entry = users.as(shop.trainer(), () -> faq.entry(created.resolvedFaqEntryId()));
        assertThat(entry.question()).isEqualTo("Do you have a store in Berlin?");
        assertThat(entry.status()).isEqualTo(FaqStatus.PUBLISHED);
        assertThat(created.resolution()).isEqualTo(ReviewResolution.ENTRY_CREATED);
        assertThat(auditActions()).anyMatch(a -> a.startsWith("review.entry-created"));
    }

    @Test
    void a_new_entry_with_a_bad_answer_is_refused_and_the_item_stays_open() {
        report(shop, ReviewReason.FALLBACK, "How long does shipping take?", null);
        var item = only(shop, "How long does shipping take?");

        // the question exists already as an entry
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.createEntry(item.id(), null, "Soon.", null)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(users.as(shop.trainer(), () -> queue.item(item.id())).open()).isTrue();
        assertThat(users.as(shop.trainer(), faq::allEntries)).hasSize(2);
    }

    @Test
    void out_of_scope_questions_are_fed_to_training_as_negative_examples() {
        report(shop, ReviewReason.FALLBACK, "what is the meaning of life", null);
        var item = only(shop, "what is the meaning of life");

        users.as(shop.trainer(), () -> queue.markOutOfScope(item.id()));

        assertThat(TenantContext.callAs(
                        shop.id(),
                        () -> contributions.stream()
                                .flatMap(c -> c.outOfScopeQuestions(shop.id()).stream())
                                .toList()))
                .containsExactly("what is the meaning of life");
        assertThat(auditActions()).anyMatch(a -> a.startsWith("review.out-of-scope"));
    }

    @Test
    void a_handoff_topic_is_listed_for_handoff_rules() {
        report(
                shop,
                ReviewReason.LOW_CONFIDENCE,
                "I want to complain about your courier",
                null,
                entries.get("shipping"));
        var item = only(shop, "I want to complain about your courier");

        users.as(shop.trainer(), () -> queue.markHandoffTopic(item.id()));

        assertThat(users.as(shop.agent(), queue::handoffTopics))
                .containsExactly("I want to complain about your courier");
        assertThat(users.as(shop.trainer(), () -> queue.recentlyResolved(10)))
                .extracting(ReviewItemView::resolution)
                .containsExactly(ReviewResolution.HANDOFF_TOPIC);
        assertThat(auditActions()).anyMatch(a -> a.startsWith("review.handoff-topic"));
    }

    @Test
    void agents_cannot_work_the_queue() {
        assertThatThrownBy(() -> users.as(shop.agent(), queue::openClusters)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainer_never_sees_or_resolves_another_tenants_items() {
        var other = users.newTenant();
        report(other, ReviewReason.FALLBACK, "secret question of B", null);
        var itemOfB = only(other, "secret question of B");
        report(shop, ReviewReason.FALLBACK, "question of A", null);
        openItems(shop, 1);

        assertThat(users.as(shop.trainer(), queue::openClusters))
                .flatExtracting(ReviewCluster::items)
                .extracting(ReviewItemView::question)
                .containsExactly("question of A");
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.item(itemOfB.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.markOutOfScope(itemOfB.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(shop.trainer(), () -> queue.pickEntry(itemOfB.id(), entries.get("returns"))))
                .isInstanceOf(NotFoundException.class);
        // B's trainer cannot attach B's question to A's entry either
        long returnsOfA = entries.get("returns");
        assertThatThrownBy(() -> users.as(other.trainer(), () -> queue.pickEntry(itemOfB.id(), returnsOfA)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(other.trainer(), () -> queue.item(itemOfB.id())).open())
                .isTrue();
        assertThat(users.as(shop.trainer(), () -> faq.entry(returnsOfA)).similarQuestions())
                .containsExactly("Can I send it back?");
        assertThat(TenantContext.callAs(
                        shop.id(),
                        () -> contributions.stream()
                                .flatMap(c -> c.outOfScopeQuestions(shop.id()).stream())
                                .toList()))
                .isEmpty();
    }
}
