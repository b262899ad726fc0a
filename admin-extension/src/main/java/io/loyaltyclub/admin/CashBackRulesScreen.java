package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.loyaltyclub.admin.form.CashBackRuleForm;
import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.program.CashBackRuleRecord;
import io.loyaltyclub.program.ProgramService;

/** The cash-back rules ({@code /loyalty-club/cash-back-rules}). */
@Controller
@RequestMapping(CashBackRulesScreen.SECTION)
public class CashBackRulesScreen extends ClubRecordsScreen<CashBackRuleRecord> {

    public static final String SECTION = "/loyalty-club/cash-back-rules";

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "CashBackRule";
    }

    @Override
    protected String title() {
        return "Cash-back rule";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("name", "Name");
        columns.put("active", "Active");
        columns.put("percentage", "Percent");
        columns.put("maxPerOrder", "Cap per order");
        columns.put("startsOn", "From");
        columns.put("endsOn", "Until");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.checkbox("active", "Active"),
                FieldSpec.number("percentage", "Percent of the eligible amount"),
                FieldSpec.date("startsOn", "From (first day)").hint("Empty: no start."),
                FieldSpec.date("endsOn", "Until (the day it stops)").hint("Empty: no end."),
                FieldSpec.text("productIds", "Product ids").hint("Empty: every line."),
                FieldSpec.text("categoryIds", "Category ids").hint("Empty: every line."),
                FieldSpec.number("minOrderAmount", "Minimum amount of the covered lines"),
                FieldSpec.number("maxPerOrder", "Cap per order").hint("Empty: no cap."),
                FieldSpec.text("tierCodes", "Tier codes").hint("Empty: every member."),
                FieldSpec.text("segmentCodes", "Segment codes").hint("Empty: every member."));
    }

    @Override
    protected List<CashBackRuleRecord> records() {
        return new ArrayList<CashBackRuleRecord>(program.cashBackRuleRecords());
    }

    @Override
    protected String idOf(CashBackRuleRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> valuesOf(CashBackRuleRecord record) {
        return CashBackRuleForm.valuesOf(record, program.settings().zone());
    }

    @Override
    protected RecordForm<CashBackRuleRecord> read(FormInput input, CashBackRuleRecord existing) {
        return CashBackRuleForm.read(input, program.settings().zone());
    }

    @Override
    protected CashBackRuleRecord newRecord() {
        return new CashBackRuleRecord();
    }

    @Override
    protected CashBackRuleRecord store(CashBackRuleRecord record) {
        return program.save(record);
    }

    @Override
    protected void deactivate(CashBackRuleRecord record) {
        record.setActive(false);
        program.save(record);
    }
}
