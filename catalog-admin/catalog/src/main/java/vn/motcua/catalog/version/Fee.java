package vn.motcua.catalog.version;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A fee or charge (phí, lệ phí) of a procedure: what it is for, how much in đồng — zero when
 * the law waives it ("miễn phí") — and the legal basis that sets it.
 *
 * @param amountVnd whole đồng; a draft may hold a negative or fractional amount until validation
 *                  ({@link CatalogValidation}) refuses it
 */
public record Fee(@Size(max = 500) String description, BigDecimal amountVnd, @Size(max = 500) String legalBasis) {

    public Fee {
        description = Text.trimToNull(description);
        legalBasis = Text.trimToNull(legalBasis);
    }

    public static Fee free(String description, String legalBasis) {
        return new Fee(description, BigDecimal.ZERO, legalBasis);
    }

    public boolean isFree() {
        return amountVnd != null && amountVnd.signum() == 0;
    }
}
