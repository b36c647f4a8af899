package cn.jixiao.evaluation.template;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * What a district does with templates. Everyone of the district reads the platform's templates and the
 * district's own copies; only the district's overseers copy, change and choose, and only their own copies can
 * get new versions (a platform template is changed by copying it). Every write is one document write that
 * carries its event. The overseers also archive the templates the district no longer uses (see ADR 0008): they
 * leave the pickers, stay readable, and keep scoring the evaluations recorded under them.
 */
@Service
class TemplateAdministration {

    private static final Bilingual TEMPLATE = Bilingual.of("评价模板", "Evaluation template");

    private final TemplateLibrary library;
    private final DistrictTemplates choosable;
    private final Clock clock;

    TemplateAdministration(TemplateLibrary library, DistrictTemplates choosable, Clock clock) {
        this.library = library;
        this.choosable = choosable;
        this.clock = clock;
    }

    /**
     * The latest version of every template the district may use, each marked archived or not; the archived ones
     * only when asked for, so a picker fed by the default list never offers them.
     */
    Flux<TemplateListing> latestVersions(TenantAccess access, boolean includeArchived) {
        return reader(access).flatMapMany(reader -> library.archivedBy(reader.districtId())
                .flatMapMany(archived -> library.visibleTo(reader.districtId())
                        .collect(Collectors.toMap(EvaluationTemplate::id, Function.identity(),
                                (older, newer) -> newer.version() > older.version() ? newer : older))
                        .flatMapIterable(latest -> latest.values().stream()
                                .sorted(Comparator.comparing((EvaluationTemplate t) -> t.ownerDistrictId() != null)
                                        .thenComparing(EvaluationTemplate::id))
                                .map(template -> new TemplateListing(template, archived.contains(template.id())))
                                .filter(listed -> includeArchived || !listed.archived())
                                .toList())));
    }

    /**
     * Puts a template the district no longer uses away: no longer offered nor choosable, while every evaluation
     * recorded under it keeps it. The district's default choice (the national template while it has none) and
     * every budget year's own choice cannot be archived (409): choose another first.
     */
    Mono<TemplateListing> archive(TenantAccess access, String templateId) {
        return overseer(access).flatMap(overseer -> library.latestVisible(overseer.districtId(), templateId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE, templateId)))
                .flatMap(template -> choosable.inUse(overseer.districtId(), templateId).flatMap(inUse -> inUse
                        ? Mono.error(currentChoiceCannotBeArchived(template))
                        : library.archivedBy(overseer.districtId())
                                .map(archived -> archived.with(templateId, now(), overseer.username()))
                                .flatMap(library::save)
                                .thenReturn(new TemplateListing(template, true)))));
    }

    /** Offers an archived template again; restoring one that is not archived changes nothing. */
    Mono<TemplateListing> restore(TenantAccess access, String templateId) {
        return overseer(access).flatMap(overseer -> library.latestVisible(overseer.districtId(), templateId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE, templateId)))
                .flatMap(template -> library.archivedBy(overseer.districtId())
                        .flatMap(archived -> archived.contains(templateId)
                                ? library.save(archived.without(templateId))
                                : Mono.just(archived))
                        .thenReturn(new TemplateListing(template, false))));
    }

    Flux<EvaluationTemplate> versions(TenantAccess access, String templateId) {
        return reader(access).flatMapMany(reader -> library.visibleTo(reader.districtId())
                .filter(template -> template.id().equals(templateId))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE, templateId))));
    }

    Mono<EvaluationTemplate> version(TenantAccess access, String templateId, int version) {
        TemplateRef ref = new TemplateRef(templateId, version);
        return reader(access).flatMap(reader -> library.visibleVersion(reader.districtId(), ref))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE, ref.toString())));
    }

    /** Version 1 of a new template owned by the district, with the settings of the version copied. */
    Mono<EvaluationTemplate> copy(TenantAccess access, String templateId, CopyTemplate request) {
        return overseer(access).flatMap(overseer -> source(overseer, templateId, request.version())
                .flatMap(source -> library.publish(
                        source.copyForDistrict(overseer.districtId(), request.name()), now(), overseer.username())));
    }

    /** The next version of one of the district's own templates; the versions before it stay as they were. */
    Mono<EvaluationTemplate> publishVersion(TenantAccess access, String templateId, ChangeTemplate change) {
        return overseer(access).flatMap(overseer -> library.latestVisible(overseer.districtId(), templateId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE, templateId)))
                .flatMap(latest -> {
                    if (latest.ownerDistrictId() == null) {
                        return Mono.error(ProblemException.forbidden(Bilingual.of(
                                "平台模板不能修改，请先复制为本区模板再修改",
                                "A platform template cannot be changed; copy it for the district and change the copy")));
                    }
                    if (latest.version() != change.basedOnVersion()) {
                        return Mono.error(outdated(latest, change.basedOnVersion()));
                    }
                    return library.publish(next(latest, change), now(), overseer.username());
                }));
    }

    /**
     * The district's choice: without a year its default, as before choices by year existed, with the years' own
     * choices listed; for a year the choice in force then (the year's own, else the default).
     */
    Mono<ChoiceView> choice(TenantAccess access, Integer year) {
        return reader(access).flatMap(reader -> library.choiceOf(reader.districtId())
                .defaultIfEmpty(TemplateChoice.none(reader.districtId()))
                .map(choice -> year == null ? ChoiceView.of(choice) : ChoiceView.of(choice, year)));
    }

    /**
     * The version the district's drafts opened from now on are scored with: the default without a year, else that
     * budget year's own choice; an archived template is refused (409).
     */
    Mono<ChoiceView> choose(TenantAccess access, ChooseTemplate request) {
        return overseer(access).flatMap(overseer -> choosable.choosable(overseer.districtId(), request.templateId(),
                        request.version())
                .flatMap(chosen -> library.choiceOf(overseer.districtId())
                        .defaultIfEmpty(TemplateChoice.none(overseer.districtId()))
                        .map(current -> request.year() == null
                                ? current.changedTo(chosen.ref(), now(), overseer.username())
                                : current.changedFor(request.year(), chosen.ref(), now(), overseer.username()))
                        .flatMap(library::save)))
                .map(saved -> request.year() == null ? ChoiceView.of(saved) : ChoiceView.of(saved, request.year()));
    }

    private Mono<EvaluationTemplate> source(TenantAccess access, String templateId, Integer version) {
        Mono<EvaluationTemplate> found = version == null
                ? library.latestVisible(access.districtId(), templateId)
                : library.visibleVersion(access.districtId(), new TemplateRef(templateId, version));
        return found.switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE,
                version == null ? templateId : new TemplateRef(templateId, version).toString())));
    }

    private static ProblemException currentChoiceCannotBeArchived(EvaluationTemplate template) {
        return new ProblemException(HttpStatus.CONFLICT, "template-currently-chosen",
                Bilingual.of("本区正在使用该模板", "The district's current template"),
                Bilingual.of("模板「" + template.name() + "」是本区当前选定的模板（默认或某一预算年度的），不能归档；请先选定其他模板",
                        "Template " + template.id() + " is the district's current choice (its default or a budget "
                                + "year's) and cannot be archived; choose another template first"))
                .with("templateId", template.id());
    }

    private static EvaluationTemplate next(EvaluationTemplate latest, ChangeTemplate change) {
        try {
            return latest.nextVersion(change::applyTo);
        } catch (InvalidTemplateException invalid) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-template",
                    Bilingual.of("模板设置有误", "Invalid template settings"),
                    Bilingual.of("模板设置无法用于计分，请按所列问题修改：" + String.join("；", invalid.reasons()),
                            "The settings cannot score an evaluation; fix the problems listed"))
                    .with("problems", invalid.reasons());
        }
    }

    private static ProblemException outdated(EvaluationTemplate latest, int basedOn) {
        return new ProblemException(HttpStatus.CONFLICT, "template-version-outdated",
                Bilingual.of("模板已有更新版本", "The template has a newer version"),
                Bilingual.of("修改依据的是第 " + basedOn + " 版，但最新为第 " + latest.version() + " 版，请刷新后重试",
                        "The change is based on version " + basedOn + " but the latest is " + latest.version()
                                + "; reload and try again"))
                .with("latestVersion", latest.version());
    }

    private Instant now() {
        return clock.instant();
    }

    /** Streets, overseers and auditors of the district read; a district user without either role sees nothing. */
    private static Mono<TenantAccess> reader(TenantAccess access) {
        return access.isStreetUser() || access.has(Role.DISTRICT_OVERSEER) || access.has(Role.AUDITOR)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of("您无权查看评价模板", "You may not see evaluation templates")));
    }

    /** Only the district's overseers change templates; auditors never write. */
    private static Mono<TenantAccess> overseer(TenantAccess access) {
        return !access.isStreetUser() && access.writesAs(Role.DISTRICT_OVERSEER)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "只有区里的绩效管理人员可以复制、修改、选定和归档本区的评价模板",
                        "Only the district's overseers may copy, change, choose and archive its evaluation templates")));
    }
}
