package io.loyaltyclub.demo.seed;

import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/**
 * The demo shop's catalog: a small coffee roastery with three categories of four products each. Every product
 * has a picture drawn for the demo ({@code /img/products/<slug>.svg} in the storefront).
 */
public final class DemoCatalog {

    public static final String CURRENCY = "USD";

    public static final List<CategoryEntry> CATEGORIES = Arrays.asList(
            new CategoryEntry("coffee", "Coffee", "Whole-bean coffee roasted every week in small batches.",
                    new ProductEntry("house-blend", "House Blend", "12.50", "Roastery",
                            "Chocolate, hazelnut and a round finish.",
                            "Our everyday coffee: Brazilian and Guatemalan beans roasted medium for espresso and filter alike. 250 g whole beans."),
                    new ProductEntry("ethiopia-yirgacheffe", "Ethiopia Yirgacheffe", "16.00", "Roastery",
                            "Jasmine, bergamot and lemon.",
                            "A washed single origin from the Gedeo zone, roasted light to keep its floral notes. 250 g whole beans."),
                    new ProductEntry("colombia-huila", "Colombia Huila", "14.50", "Roastery",
                            "Red apple, caramel and cocoa.",
                            "Grown at 1,700 m by a cooperative of small farms in Huila. Sweet and balanced. 250 g whole beans."),
                    new ProductEntry("decaf-swiss-water", "Decaf Swiss Water", "13.00", "Roastery",
                            "Milk chocolate and toasted almond.",
                            "Decaffeinated with water only, no solvents, and roasted medium-dark. 250 g whole beans.")),
            new CategoryEntry("tea", "Tea", "Loose-leaf teas and infusions from growers we know.",
                    new ProductEntry("sencha", "Sencha Green", "9.50", "Tea Garden",
                            "Fresh, grassy and slightly sweet.",
                            "A first-flush steamed green tea from Shizuoka. Brew at 75 °C for one minute. 100 g loose leaf."),
                    new ProductEntry("earl-grey", "Earl Grey", "8.75", "Tea Garden",
                            "Black tea with cold-pressed bergamot.",
                            "Assam and Ceylon leaves scented with Calabrian bergamot oil. 100 g loose leaf."),
                    new ProductEntry("masala-chai", "Masala Chai", "10.25", "Tea Garden",
                            "Black tea with cardamom, ginger and cinnamon.",
                            "Simmer with milk and a little sugar for a proper chai. 100 g loose blend."),
                    new ProductEntry("chamomile", "Chamomile", "7.90", "Tea Garden",
                            "Whole flowers, honey-like and calming.",
                            "Caffeine-free whole chamomile blossoms from Egypt. 50 g.")),
            new CategoryEntry("brewing-gear", "Brewing Gear", "Everything to brew a good cup at home.",
                    new ProductEntry("pour-over-dripper", "Pour-over Dripper", "24.00", "Brewlab",
                            "Ceramic cone for one to two cups.",
                            "A porcelain dripper with spiral ribs for an even extraction. Fits size 02 paper filters."),
                    new ProductEntry("gooseneck-kettle", "Gooseneck Kettle", "49.00", "Brewlab",
                            "Precise pouring, 1 litre, stainless steel.",
                            "A stovetop kettle with a thin spout for slow, steady pours and a built-in thermometer."),
                    new ProductEntry("burr-grinder", "Burr Grinder", "89.00", "Brewlab",
                            "Conical steel burrs, 40 settings.",
                            "Grinds evenly from espresso to French press. Hand-cranked, no power needed."),
                    new ProductEntry("french-press", "French Press", "32.00", "Brewlab",
                            "Double-walled, 800 ml.",
                            "Keeps coffee hot for an hour; the fine mesh filter lets through no grounds.")));

    private DemoCatalog() {
    }

    /** Catalog entries become active from yesterday on, so that they show at once in any time zone. */
    static Date yesterday() {
        Calendar calendar = Calendar.getInstance();
        calendar.add(Calendar.DAY_OF_MONTH, -1);
        return calendar.getTime();
    }

    /** One category and its products. */
    public static final class CategoryEntry {
        public final String slug;
        public final String name;
        public final String description;
        public final List<ProductEntry> products;

        CategoryEntry(String slug, String name, String description, ProductEntry... products) {
            this.slug = slug;
            this.name = name;
            this.description = description;
            this.products = Arrays.asList(products);
        }
    }

    /** One product with its default SKU's data. */
    public static final class ProductEntry {
        public final String slug;
        public final String name;
        public final String price;
        public final String maker;
        public final String summary;
        public final String description;

        ProductEntry(String slug, String name, String price, String maker, String summary, String description) {
            this.slug = slug;
            this.name = name;
            this.price = price;
            this.maker = maker;
            this.summary = summary;
            this.description = description;
        }

        public String imageUrl() {
            return "/img/products/" + slug + ".svg";
        }
    }
}
