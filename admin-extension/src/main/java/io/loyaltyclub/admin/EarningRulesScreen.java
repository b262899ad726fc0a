package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.loyaltyclub.admin.form.EarningRuleForm;
import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.program.EarningRuleRecord;
import io.loyaltyclub.program.ProgramService;

/** The earning rules ({@code /loyalty-club/earning-rules}): base rate, multipliers, exclusions, bonuses. */
@Controller
@RequestMapping(EarningRulesScreen.SECTION)
public class EarningRulesScreen extends ClubRecordsScreen<EarningRuleRecord> {

    public static final String SECTION = "/loyalty-club/earning-rules";

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "EarningRule";
    }

    @Override
    protected String title() {
        return "Earning rule";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("name", "Name");
        columns.put("type", "Type");
        columns.put("active", "Active");
        columns.put("rate", "Rate");
        columns.put("coefficient", "Multiplier");
        columns.put("bonusPoints", "Bonus points");
        columns.put("startsOn", "From");
        columns.put("endsOn", "Until");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.choice("type", "Type", EarningRuleType.values()),
                FieldSpec.checkbox("active", "Active"),
                FieldSpec.date("startsOn", "From (first day)").hint("Empty: no start."),
                FieldSpec.date("endsOn", "Until (the day it stops)").hint("Empty: no end."),
                FieldSpec.number("rate", "Points per 1.00 of base currency").hint("Base rate only."),
                FieldSpec.number("coefficient", "Multiplier").hint("Multipliers only: 2 doubles the points."),
                FieldSpec.number("bonusPoints", "Bonus points").hint("Bonuses only."),
                FieldSpec.text("productIds", "Product ids").hint("Product multipliers and exclusions, comma-separated."),
                FieldSpec.text("categoryIds", "Category ids").hint("Category multipliers and exclusions, comma-separated."),
                FieldSpec.text("tierCodes", "Tier codes").hint("Tier multipliers."),
                FieldSpec.text("segmentCodes", "Segment codes").hint("Empty: every member."),
                FieldSpec.text("daysOfWeek", "Days of the week").hint("Campaigns, e.g. SATURDAY, SUNDAY."),
                FieldSpec.number("everyNthOrder", "Every Nth order").hint("Nth-order bonus."),
                FieldSpec.number("minOrdersInLast30Days", "Orders in the last 30 days").hint("Frequency bonus."),
                FieldSpec.number("minDaysSincePreviousOrder", "Days since the previous order").hint("Welcome-back bonus."));
    }

    @Override
    protected List<EarningRuleRecord> records() {
        return new ArrayList<EarningRuleRecord>(program.earningRuleRecords());
    }

    @Override
    protected String idOf(EarningRuleRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> valuesOf(EarningRuleRecord record) {
        return EarningRuleForm.valuesOf(record, program.settings().zone());
    }

    @Override
    protected RecordForm<EarningRuleRecord> read(FormInput input, EarningRuleRecord existing) {
        return EarningRuleForm.read(input, program.settings().zone());
    }

    @Override
    protected EarningRuleRecord newRecord() {
        return new EarningRuleRecord();
    }

    @Override
    protected EarningRuleRecord store(EarningRuleRecord record) {
        return program.save(record);
    }

    @Override
    protected void deactivate(EarningRuleRecord record) {
        record.setActive(false);
        program.save(record);
    }
}
