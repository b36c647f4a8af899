package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One spending entry as a finance officer types it in. */
@Schema(description = "录入一笔支出明细 / record one spending entry")
record RecordExpenditure(
        @Schema(description = "支出日期，须在项目预算年度内 / date, inside the budget year", example = "2023-06-30")
        @NotNull LocalDate date,
        @Schema(description = "金额（元），大于 0，最多两位小数 / amount in yuan, above 0, at most 2 decimals", example = "500000.00")
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Schema(description = "政府支出经济分类编码 / economic classification code", example = "30227")
        @NotBlank @Size(max = 10) String classificationCode,
        @Schema(description = "经济分类名称，可省略；填写时须与编码一致 / name, optional, must match the code", example = "委托业务费")
        @Size(max = 50) String classificationName,
        @Schema(description = "收款方 / payee", example = "昆明市盘龙区民族文化传播有限公司")
        @NotBlank @Size(max = LineRules.PAYEE_LENGTH) String payee,
        @Schema(description = "凭证号，同一项目内唯一 / voucher number, unique in the project", example = "记-2023-06-015")
        @NotBlank @Size(max = LineRules.VOUCHER_LENGTH) String voucherNo,
        @Schema(description = "摘要 / summary", example = "金实路示范街区文化主题公园建设委托费（第二期）")
        @NotBlank @Size(max = LineRules.SUMMARY_LENGTH) String summary) {
}
