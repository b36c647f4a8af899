package cn.jixiao.project.deadletters;

import org.springframework.http.HttpStatus;

import cn.jixiao.messaging.deadletters.DeadLetter;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/** The refusals of the dead-letter desk, in Chinese and English. */
final class DeadLetterProblems {

    private DeadLetterProblems() {
    }

    static ProblemException notPlatformAdmin() {
        return ProblemException.forbidden(Bilingual.of(
                "只有平台管理员可以查看和重放死信",
                "Only the platform administrator may see and replay dead letters"));
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound(Bilingual.of("死信", "Dead letter"), id);
    }

    static ProblemException alreadyReplayed(DeadLetter letter) {
        DeadLetter.Replay first = letter.replays().get(0);
        return new ProblemException(HttpStatus.CONFLICT, "dead-letter-replayed", Bilingual.of("死信已重放", "Already replayed"),
                Bilingual.of("死信 " + letter.id() + " 已由 " + first.by() + " 于 " + first.at() + " 重放；若再次失败，会产生一封新的死信",
                        "The dead letter " + letter.id() + " was replayed by " + first.by() + " at " + first.at()
                                + "; should it fail again, it comes back as a new dead letter"))
                .with("letterId", letter.id());
    }

    static ProblemException badPage(int page, int size) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-page", Bilingual.of("分页参数无效", "Bad page"),
                Bilingual.of("页码须不小于 0，每页条数须在 1 到 " + DeadLetterController.MAX_SIZE + " 之间（收到 page=" + page
                                + "，size=" + size + "）",
                        "page must be 0 or more and size between 1 and " + DeadLetterController.MAX_SIZE
                                + " (got page=" + page + ", size=" + size + ")"));
    }
}
