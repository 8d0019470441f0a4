package io.shopdesk.knowledge.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqCategoryRepository extends JpaRepository<FaqCategory, Long> {

    Optional<FaqCategory> findByParentIdIsNullAndName(String name);
}
