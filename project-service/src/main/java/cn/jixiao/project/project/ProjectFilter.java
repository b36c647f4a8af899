package cn.jixiao.project.project;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a project list may be narrowed to, on top of what the caller may see at all.
 *
 * @param year     预算年度
 * @param streetId for district users: one street of their district
 * @param status   项目状态
 * @param text     part of the code or the name
 */
@Schema(description = "项目筛选条件 / project filter")
public record ProjectFilter(Integer year, String streetId, ProjectStatus status, String text) {

    /** The filter as the store's query. */
    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (streetId != null && !streetId.isBlank()) {
            criteria = criteria.and("tenantId").is(streetId);
        }
        if (status != null) {
            criteria = criteria.and("details.status").is(status);
        }
        if (text != null && !text.isBlank()) {
            // quoted: what a user types is matched literally, never as a pattern
            String literal = Pattern.quote(text.strip());
            criteria = criteria.orOperator(Criteria.where("code").regex(literal, "i"),
                    Criteria.where("details.name").regex(literal));
        }
        return criteria;
    }

    /**
     * The same filter for the read model's rows: exactly what {@link #criteria()} matches in the store. Made once
     * per request, so the text's pattern is compiled once, not once per row.
     */
    Predicate<ProjectView> rows() {
        Predicate<ProjectView> rows = row -> true;
        if (year != null) {
            rows = rows.and(row -> row.year() == year);
        }
        if (streetId != null && !streetId.isBlank()) {
            rows = rows.and(row -> streetId.equals(row.streetId()));
        }
        if (status != null) {
            rows = rows.and(row -> row.details().status() == status);
        }
        if (text != null && !text.isBlank()) {
            String literal = text.strip();
            // as in the store: the code whatever the case, the name as typed
            Pattern code = Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            rows = rows.and(row -> code.matcher(row.code()).find() || row.details().name().contains(literal));
        }
        return rows;
    }
}
