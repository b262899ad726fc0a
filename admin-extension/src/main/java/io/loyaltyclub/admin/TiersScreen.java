package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.admin.form.TierForm;
import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;

/**
 * The tier ladder ({@code /loyalty-club/tiers}). A tier's code is fixed once created (members hold it); taking a
 * tier out of use removes it from the ladder, and its members are set to what their figures hold at the next
 * evaluation.
 */
@Controller
@RequestMapping(TiersScreen.SECTION)
public class TiersScreen extends ClubRecordsScreen<TierRecord> {

    public static final String SECTION = "/loyalty-club/tiers";

    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "Tier";
    }

    @Override
    protected String title() {
        return "Tier";
    }

    @Override
    protected String deactivateLabel() {
        return "Remove from the ladder";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("code", "Code");
        columns.put("name", "Name");
        columns.put("threshold", "Threshold");
        columns.put("earningMultiplier", "Points multiplier");
        columns.put("cashBackPercent", "Cash-back bonus %");
        columns.put("freeShipping", "Free shipping");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("code", "Code").fixedOnEdit().hint("Letters, digits, '_' or '-'; fixed once created."),
                FieldSpec.text("name", "Name"),
                FieldSpec.number("threshold", "Threshold").hint("What the ladder's measure must reach in its window."),
                FieldSpec.number("earningMultiplier", "Points multiplier").hint("1: none; 1.5 adds half."),
                FieldSpec.number("cashBackPercent", "Cash-back bonus (percent)"),
                FieldSpec.checkbox("freeShipping", "Free shipping"));
    }

    @Override
    protected List<TierRecord> records() {
        return new ArrayList<TierRecord>(tiers.tierRecords());
    }

    @Override
    protected String idOf(TierRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("earningMultiplier", "1");
        values.put("cashBackPercent", "0");
        return values;
    }

    @Override
    protected Map<String, String> valuesOf(TierRecord record) {
        return TierForm.valuesOf(record);
    }

    @Override
    protected RecordForm<TierRecord> read(FormInput input, TierRecord existing) {
        List<TierRecord> others = new ArrayList<TierRecord>();
        for (TierRecord tier : records()) {
            if (existing == null || !tier.getId().equals(existing.getId())) {
                others.add(tier);
            }
        }
        return TierForm.read(input, others);
    }

    @Override
    protected TierRecord newRecord() {
        return new TierRecord();
    }

    @Override
    protected TierRecord store(TierRecord record) {
        return tiers.save(record);
    }

    @Override
    protected void deactivate(TierRecord record) {
        tiers.delete(record.getCode());
    }
}
