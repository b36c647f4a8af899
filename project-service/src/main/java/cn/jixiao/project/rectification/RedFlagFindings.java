package cn.jixiao.project.rectification;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.project.project.Project;

/**
 * Opens a 整改 item for a red flag of the ledger the district's overseer turns into one: called in-process by the red
 * flags (they know their flags; this package knows items, and needs nothing of them). One item per flag, named by
 * the flag's key, so asking again answers the same item; it is due the default number of days, like every item
 * opened from a finding. Who turned the flag into an item is audited with the flag's decision.
 */
@Component
public class RedFlagFindings {

    private final Rectifications rectifications;
    private final RectificationStore store;

    RedFlagFindings(Rectifications rectifications, RectificationStore store) {
        this.rectifications = rectifications;
        this.store = store;
    }

    /** Answers the id of the flag's item, opened now or before. The caller has checked the overseer may do this. */
    public Mono<String> open(Project project, String flagKey, String text) {
        Finding finding = new Finding(RectificationSource.RED_FLAG, flagKey, text);
        return rectifications.openFromFindings(new Rectification.ProjectRef(project.districtId(), project.tenantId(),
                        project.id(), project.code(), project.year()), List.of(finding))
                .flatMap(opened -> opened.isEmpty()
                        ? store.of(project.districtId(), project.year())
                        .map(document -> document.holding(project.id(), finding).orElseThrow(() ->
                                new IllegalStateException("the flag's item was neither opened nor found")))
                        : Mono.just(opened.get(0)))
                .map(Rectification::id);
    }
}
