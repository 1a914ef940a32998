package cn.gov.chengdu.certificate.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A type on a retention list, with its code and name as they were when the list was drafted. */
@Embeddable
public class RetainedItem {

    @Column(name = "type_id", nullable = false)
    public Long typeId;

    @Column(name = "type_code", nullable = false)
    public String typeCode;

    @Column(name = "type_name", nullable = false)
    public String typeName;

    protected RetainedItem() {}

    public RetainedItem(Long typeId, String typeCode, String typeName) {
        this.typeId = typeId;
        this.typeCode = typeCode;
        this.typeName = typeName;
    }
}
