package io.shopdesk.knowledge.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SimilarQuestionRepository extends JpaRepository<SimilarQuestion, Long> {

    /** (entry id, text) of every similar question, in entry and position order. */
    @Query("select q.entry.id, q.text from SimilarQuestion q order by q.entry.id, q.position")
    List<Object[]> allTexts();

    @Query("select q.entry.id, q.text from SimilarQuestion q where q.entry.id in :entryIds"
            + " order by q.entry.id, q.position")
    List<Object[]> textsOf(Collection<Long> entryIds);
}
