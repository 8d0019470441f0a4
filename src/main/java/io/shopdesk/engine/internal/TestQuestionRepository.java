package io.shopdesk.engine.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's test questions (Hibernate adds the tenant). */
public interface TestQuestionRepository extends JpaRepository<TestQuestionRow, Long> {

    List<TestQuestionRow> findAllByOrderByIdAsc();

    List<TestQuestionRow> findByRemovedFalseOrderByIdAsc();

    Optional<TestQuestionRow> findByQuestion(String question);
}
