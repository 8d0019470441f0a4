package io.shopdesk.knowledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A node of a tenant's FAQ category tree. */
@Entity
@Table(name = "faq_category")
public class FaqCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;

    private int position;

    @Version
    private long version;

    protected FaqCategory() {}

    public FaqCategory(Long parentId, String name, int position) {
        this.parentId = parentId;
        this.name = name;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }
}
