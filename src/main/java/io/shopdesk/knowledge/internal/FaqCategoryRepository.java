package io.shopdesk.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FaqCategoryRepository extends JpaRepository<FaqCategory, Long> {

    Optional<FaqCategory> findByParentIdIsNullAndName(String name);

    Optional<FaqCategory> findByParentIdAndName(Long parentId, String name);

    boolean existsByParentId(Long parentId);

    long countByParentId(Long parentId);

    long countByParentIdIsNull();

    @Query("select c from FaqCategory c order by c.position, c.name")
    List<FaqCategory> findAllInOrder();
}
