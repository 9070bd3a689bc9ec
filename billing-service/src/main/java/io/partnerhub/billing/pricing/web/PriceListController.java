package io.partnerhub.billing.pricing.web;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.pricing.VolumeTier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public price list (per billing period, excluding VAT), partner rates and volume tiers. */
@RestController
class PriceListController {

    private final PriceList priceList;

    PriceListController(PriceList priceList) {
        this.priceList = priceList;
    }

    record ProductView(String productId, String name, String category, String billingPeriod, Map<String, String> price,
                       String partnerRatePercent, boolean volumeTiered) {
    }

    record TierView(int fromQuantity, String reductionPercent) {
    }

    record PriceListView(List<ProductView> products, List<TierView> volumeTiers) {
    }

    @GetMapping("/price-list")
    PriceListView priceList() {
        return new PriceListView(priceList.products().stream().map(product -> {
            Map<String, String> prices = new TreeMap<>();
            for (Currency currency : Currency.values()) {
                prices.put(currency.name(), product.unitPrice(currency).amount().toPlainString());
            }
            return new ProductView(product.id(), product.name(), product.category().name(), product.period().name(), prices,
                    product.category().partnerRate().percent().toPlainString(), product.category().volumeTiered());
        }).toList(), priceList.volumeTiers().tiers().stream().map(PriceListController::tier).toList());
    }

    private static TierView tier(VolumeTier tier) {
        return new TierView(tier.fromQuantity(), tier.reduction().percent().toPlainString());
    }
}
