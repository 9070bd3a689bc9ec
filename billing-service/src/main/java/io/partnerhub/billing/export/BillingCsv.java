package io.partnerhub.billing.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The partner's billing export (R6): one CSV row per order line it manages, RFC 4180 quoting,
 * amounts as plain decimals with a currency column. Fields that could start a spreadsheet formula
 * are prefixed with an apostrophe (CSV injection).
 */
public final class BillingCsv {

    public static final List<String> HEADER = List.of("order_id", "placed_at", "customer_id", "renewal",
            "ordered_by", "paid_by", "line_no", "product_id", "category", "quantity", "currency", "public_price",
            "price_paid", "benefit", "benefit_amount", "benefit_reason");

    private BillingCsv() {
    }

    public static String headerLine() {
        return row(HEADER);
    }

    public static String row(List<String> fields) {
        return fields.stream().map(BillingCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
