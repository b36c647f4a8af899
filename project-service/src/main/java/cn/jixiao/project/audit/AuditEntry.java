package cn.jixiao.project.audit;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored audit entry. Only ever inserted ({@link AuditEntries}): nothing in the code updates or deletes one.
 *
 * <p>Every kind of change writes its part before and after (see the {@code AuditTrail#entry} callers); only a
 * part that did not exist before has no {@code before}. Each kind's part is the same snapshot its event carries,
 * so a reader compares {@code before} and {@code after} key by key to see which field changed.
 */
@Schema(description = "审计轨迹中的一条修改记录：谁、何时、改了哪一部分、改前与改后 / one change: who, when, which part, before and after",
        example = "{\"id\":\"0b6c…\",\"projectId\":\"p-1\",\"districtId\":\"jixiao:panlong\",\"tenantId\":\"jixiao:panlong:jinchen\","
                + "\"subject\":\"project\",\"action\":\"updated\",\"actor\":\"jinchen-editor\",\"actorId\":\"5f1e…\","
                + "\"at\":\"2026-12-07T05:40:00.123Z\",\"before\":{\"name\":\"社区睦邻家园建设\",\"competentDepartment\":\"金辰街道办事处\"},"
                + "\"after\":{\"name\":\"社区睦邻家园建设专项资金\",\"competentDepartment\":\"金辰街道办事处\"}}")
@Document(AuditEntry.COLLECTION)
@CompoundIndex(name = "district_project_at", def = "{'districtId': 1, 'projectId': 1, 'at': 1}")
public record AuditEntry(
        @Schema(description = "记录标识（即事件 id）/ entry id (the event's id)")
        @Id String id,
        @Schema(description = "项目标识 / project id")
        String projectId,
        @Schema(description = "所属区（限定 id）/ district, qualified id", example = "jixiao:panlong")
        String districtId,
        @Schema(description = "所属街道（限定 id）/ street, qualified id", example = "jixiao:panlong:jinchen")
        String tenantId,
        @Schema(description = "改了哪一部分 / which part changed: project 基本信息, budget 预算, ledger 支出台账, "
                + "indicators 绩效指标, actuals 实际完成值, evidence 佐证材料, execution-summary 全年执行数",
                allowableValues = {"project", "budget", "ledger", "indicators", "actuals", "evidence", "execution-summary"})
        String subject,
        @Schema(description = "做了什么 / what happened: project registered|updated; budget set|updated|adjusted; "
                + "ledger recorded|imported; indicators defined|changed; actuals reported|imported; evidence attached|withdrawn; "
                + "execution-summary set|updated", example = "updated")
        String action,
        @Schema(description = "修改人登录名 / who: the login name", example = "jinchen-editor")
        String actor,
        @Schema(description = "修改人的 Keycloak 用户标识 / who: the Keycloak user id")
        String actorId,
        @Schema(description = "修改时间（UTC）/ when, UTC")
        Instant at,
        @Schema(description = "改前该部分的内容；新建时为 null。金额为精确小数（元），不是浮点 / the part before; null when it is new."
                + " Amounts are exact decimals in yuan", nullable = true)
        Map<String, Object> before,
        @Schema(description = "改后该部分的内容，与 before 同形 / the part after, shaped as before")
        Map<String, Object> after) {

    public static final String COLLECTION = "audit_trail";
}
