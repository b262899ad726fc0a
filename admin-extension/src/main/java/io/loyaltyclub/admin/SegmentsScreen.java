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
import io.loyaltyclub.admin.form.SegmentForm;
import io.loyaltyclub.standing.SegmentRecord;
import io.loyaltyclub.standing.SegmentService;

/**
 * Segments ({@code /loyalty-club/segments}) and their conditions. A segment's code is fixed once created (rules and
 * rewards name it); deactivating it stops its membership from being worked out.
 */
@Controller
@RequestMapping(SegmentsScreen.SECTION)
public class SegmentsScreen extends ClubRecordsScreen<SegmentRecord> {

    public static final String SECTION = "/loyalty-club/segments";

    @Resource(name = "blLoyaltySegmentService")
    private SegmentService segments;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "Segment";
    }

    @Override
    protected String title() {
        return "Segment";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("code", "Code");
        columns.put("name", "Name");
        columns.put("active", "Active");
        columns.put("conditions", "Conditions");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("code", "Code").fixedOnEdit().hint("Lower-case letters, digits, '_' or '-'; fixed once created."),
                FieldSpec.text("name", "Name"),
                FieldSpec.checkbox("active", "Active"),
                FieldSpec.longText("conditions", "Conditions").hint("One a line, e.g. ORDER_COUNT GE 2; a line OR starts"
                        + " another group (all of a group must hold, any group is enough)."));
    }

    @Override
    protected List<SegmentRecord> records() {
        return new ArrayList<SegmentRecord>(segments.segments());
    }

    @Override
    protected String idOf(SegmentRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> valuesOf(SegmentRecord record) {
        return SegmentForm.valuesOf(record, segments.rule(record.getId()).getGroups());
    }

    @Override
    protected RecordForm<SegmentRecord> read(FormInput input, SegmentRecord existing) {
        List<String> otherCodes = new ArrayList<String>();
        for (SegmentRecord segment : records()) {
            if (existing == null || !segment.getId().equals(existing.getId())) {
                otherCodes.add(segment.getCode());
            }
        }
        return SegmentForm.read(input, otherCodes);
    }

    @Override
    protected SegmentRecord newRecord() {
        return new SegmentRecord();
    }

    @Override
    protected SegmentRecord store(SegmentRecord record) {
        return segments.save(record, segments.rule(record.getId()).getGroups());
    }

    @Override
    protected SegmentRecord store(SegmentRecord record, RecordForm<SegmentRecord> form) {
        return segments.save(record, ((SegmentForm) form).groups());
    }

    @Override
    protected void deactivate(SegmentRecord record) {
        record.setActive(false);
        store(record);
    }
}
