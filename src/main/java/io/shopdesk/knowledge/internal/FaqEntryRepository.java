package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

    boolean existsByQuestion(String question);

    boolean existsByKey(String key);

    boolean existsByQuestionAndIdNot(String question, Long id);

    boolean existsByKeyAndIdNot(String key, Long id);

    long countByStatus(FaqStatus status);

    long countByCategoryIdIn(Collection<Long> categoryIds);

    @Query("select e.question from FaqEntry e where e.question in :questions")
    List<String> existingQuestions(Collection<String> questions);

    @Query("select e.key from FaqEntry e where e.key in :keys")
    List<String> existingKeys(Collection<String> keys);

    @Query("select e.tenantId, count(e) from FaqEntry e group by e.tenantId")
    List<Object[]> countPerTenant();

    @Query("select e.categoryId, count(e) from FaqEntry e where e.categoryId is not null group by e.categoryId")
    List<Object[]> countPerCategory();

    @Query("select distinct e.tags from FaqEntry e where e.tags <> ''")
    List<String> distinctTagTexts();

    @Query("select distinct v.channelType from FaqAnswerVariant v order by v.channelType")
    List<String> variantChannelTypes();

    @Query("select e.id from FaqEntry e where e.id in :ids")
    List<Long> existingIds(Collection<Long> ids);

    @Query("select count(e) from FaqEntry e where e.status = io.shopdesk.knowledge.FaqStatus.PUBLISHED"
            + " and (e.validFrom is null or e.validFrom <= :day) and (e.validUntil is null or e.validUntil >= :day)")
    long countAnswerableOn(LocalDate day);

    @Query("select count(e) from FaqEntry e where e.validUntil >= :from and e.validUntil <= :until")
    long countExpiringBetween(LocalDate from, LocalDate until);

    @Query("select e.tenantId, e.id from FaqEntry e where e.validFrom = :day or e.validUntil = :dayBefore")
    List<Object[]> validityBoundariesAcrossTenants(LocalDate day, LocalDate dayBefore);

    @Modifying
    @Query("update FaqEntry e set e.status = :status, e.updatedAt = :now, e.version = e.version + 1"
            + " where e.id in :ids and e.status <> :status")
    int changeStatus(Collection<Long> ids, FaqStatus status, Instant now);

    @Modifying
    @Query("update FaqEntry e set e.categoryId = :categoryId, e.updatedAt = :now, e.version = e.version + 1"
            + " where e.id in :ids")
    int moveToCategory(Collection<Long> ids, Long categoryId, Instant now);

    @Modifying
    @Query("delete from FaqEntry e where e.id in :ids")
    int deleteByIds(Collection<Long> ids);
}
