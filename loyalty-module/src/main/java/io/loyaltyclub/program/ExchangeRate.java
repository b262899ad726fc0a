package io.loyaltyclub.program;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** How many units of the program's base currency one unit of another currency is worth ({@code LOY_EXCHANGE_RATE}). */
@Entity
@Table(name = "LOY_EXCHANGE_RATE")
public class ExchangeRate {

    @Id
    @Column(name = "CURRENCY_CODE", length = 3)
    private String currencyCode;

    @Column(name = "RATE_TO_BASE", nullable = false, precision = 19, scale = 8)
    private BigDecimal rateToBase;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected ExchangeRate() {
        // for JPA
    }

    ExchangeRate(String currencyCode, BigDecimal rateToBase, Date updatedAt) {
        this.currencyCode = currencyCode;
        this.rateToBase = rateToBase;
        this.updatedAt = updatedAt;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getRateToBase() {
        return rateToBase;
    }

    void change(BigDecimal rateToBase, Date at) {
        this.rateToBase = rateToBase;
        this.updatedAt = at;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
