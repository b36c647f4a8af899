package cn.jixiao.project.deadletters;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.messaging.deadletters.AlreadyReplayed;
import cn.jixiao.messaging.deadletters.DeadLetter;
import cn.jixiao.messaging.deadletters.DeadLetterDesk;
import cn.jixiao.messaging.deadletters.DeadLetterPage;
import cn.jixiao.project.tenants.KeycloakAdminProperties;

/**
 * The platform administrator's dead-letter desk: every consumer's refused or unappliable records of the whole
 * platform, read from the dead-letter topic (see {@link DeadLetterDesk} for why project-service hosts it), and their
 * replay after a fix. docs/operations.md, "Dead letters", says how to use it.
 */
@Tag(name = "死信 Dead letters", description = "消费者拒收或无法应用的事件，修复后重放（平台管理员）/ events consumers refused or could not apply, replayed after a fix (platform administrator)")
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {

    static final int MAX_SIZE = 100;

    private final DeadLetterDesk desk;
    private final String realm;

    DeadLetterController(DeadLetterDesk desk, KeycloakAdminProperties realm) {
        this.desk = desk;
        this.realm = realm.issuer();
    }

    @Operation(summary = "死信列表，最新在前，可按消费者筛选（平台管理员）/ dead letters, newest first, of one consumer or all (platform administrator)")
    @GetMapping
    Mono<DeadLetterRows> list(@RequestParam Optional<String> consumer,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PlatformOperator.of(realm)
                .flatMap(operator -> page < 0 || size < 1 || size > MAX_SIZE
                        ? Mono.<DeadLetterPage>error(DeadLetterProblems.badPage(page, size))
                        : desk.list(consumer.filter(name -> !name.isBlank()), page, size))
                .map(DeadLetterRows::of);
    }

    @Operation(summary = "一封死信及其原始记录（平台管理员）/ one dead letter with its original record (platform administrator)")
    @GetMapping("/{id}")
    Mono<DeadLetter> show(@PathVariable String id) {
        return PlatformOperator.of(realm)
                .flatMap(operator -> desk.show(id))
                .switchIfEmpty(Mono.error(() -> DeadLetterProblems.notFound(id)));
    }

    @Operation(summary = "修复后重放一封死信：原记录放回原主题（平台管理员）/ replay one dead letter after a fix: its record goes back to its topic (platform administrator)")
    @PostMapping("/{id}/replay")
    Mono<DeadLetter> replay(@PathVariable String id) {
        return PlatformOperator.of(realm)
                .flatMap(operator -> desk.replay(id, operator.username()))
                .onErrorMap(AlreadyReplayed.class, replayed -> DeadLetterProblems.alreadyReplayed(replayed.letter()))
                .switchIfEmpty(Mono.error(() -> DeadLetterProblems.notFound(id)));
    }

    @Operation(summary = "修复后重放某消费者尚未重放的全部死信，按其原顺序（平台管理员）/ replay all of a consumer's waiting dead letters after a fix, in their original order (platform administrator)")
    @PostMapping("/consumers/{consumer}/replay")
    Mono<ReplayedLetters> replayAll(@PathVariable String consumer) {
        return PlatformOperator.of(realm)
                .flatMap(operator -> desk.replayAll(consumer, operator.username()))
                .map(letters -> new ReplayedLetters(consumer, letters.size(),
                        letters.stream().map(DeadLetterRow::of).toList()));
    }
}
