package io.loyaltyclub.checkout;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Units of an order line that came back, under the shop's return key (recorded once per key and line). */
@Entity
@Table(name = "LOY_ORDER_RETURN")
public class OrderReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "RETURN_KEY", nullable = false, length = 191)
    private String returnKey;

    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    private Long orderItemId;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected OrderReturn() {
        // for JPA
    }

    OrderReturn(String returnKey, long orderId, long orderItemId, int quantity, Date createdAt) {
        this.returnKey = returnKey;
        this.orderId = orderId;
        this.orderItemId = orderItemId;
        this.quantity = quantity;
        this.createdAt = createdAt;
    }

    public String getReturnKey() {
        return returnKey;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public int getQuantity() {
        return quantity;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
