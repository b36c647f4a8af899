package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * How much to draw: a share of each street's finalized evaluations (比例) or a count for the whole district (数量),
 * exactly one of the two.
 *
 * @param share between 0 (exclusive) and 1, e.g. 0.2 for 20%
 * @param count at least 1; more than the population draws all of it
 */
@Schema(description = "抽样比例或数量，二选一 / a share or a count, one of the two")
public record SampleSize(
        @Schema(description = "比例，0 至 1（如 0.2 即 20%） / share, 0 to 1", example = "0.2") BigDecimal share,
        @Schema(description = "数量 / count", example = "5") Integer count) {

    public static SampleSize ofShare(String share) {
        return new SampleSize(new BigDecimal(share), null);
    }

    public static SampleSize ofCount(int count) {
        return new SampleSize(null, count);
    }

    public SampleSize {
        if ((share == null) == (count == null)) {
            throw invalid("请填写抽样比例或抽样数量，二者只填一个", "Give either a share or a count, not both and not neither");
        }
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw invalid("抽样比例应大于 0 且不超过 1（100%），实为 " + share.toPlainString(),
                    "A share must be above 0 and at most 1 (100%); got " + share.toPlainString());
        }
        if (count != null && count < 1) {
            throw invalid("抽样数量至少为 1，实为 " + count, "A count must be at least 1; got " + count);
        }
    }

    public boolean byShare() {
        return share != null;
    }

    /**
     * A street's share of its {@code size} evaluations: rounded half up (10 × 25% = 2.5 → 3), at least one, since a
     * street with any finalized evaluation is never left out of a share, and at most all of them.
     */
    int shareOf(int size) {
        if (size == 0) {
            return 0;
        }
        int rounded = share.multiply(BigDecimal.valueOf(size)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.min(size, Math.max(1, rounded));
    }

    private static ProblemException invalid(String zh, String en) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-sample-size",
                Bilingual.of("抽样规模无效", "Invalid sample size"), Bilingual.of(zh, en));
    }
}
