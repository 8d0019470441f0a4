package io.shopdesk.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

    boolean existsByQuestion(String question);

    boolean existsByKey(String key);

    @Query("select e.tenantId, count(e) from FaqEntry e group by e.tenantId")
    List<Object[]> countPerTenant();
}
