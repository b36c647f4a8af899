package cn.jixiao.evaluation.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "评价模板 Evaluation templates")
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateAdministration templates;

    TemplateController(TemplateAdministration templates) {
        this.templates = templates;
    }

    @Operation(summary = "可用模板 / the templates the district may use",
            description = "平台模板及本区复制的模板，各取最新版本；本区已归档的模板默认不列出 / the platform's templates "
                    + "and the district's own copies, each in its latest version; those the district archived are "
                    + "listed, marked archived, only when asked for")
    @GetMapping
    Flux<TemplateListing> list(TenantAccess caller,
                               @Parameter(description = "同时列出已归档的模板 / list the archived templates too")
                               @RequestParam(defaultValue = "false") boolean includeArchived) {
        return templates.latestVersions(caller, includeArchived);
    }

    @Operation(summary = "模板的全部版本 / every version of a template",
            description = "已发布的版本永不改变，按它计分的自评保持原分 / a published version never changes, so "
                    + "evaluations scored with it keep their scores")
    @GetMapping("/{templateId}/versions")
    Flux<EvaluationTemplate> versions(TenantAccess caller, @PathVariable String templateId) {
        return templates.versions(caller, templateId);
    }

    @Operation(summary = "模板的某一版本 / one version of a template")
    @GetMapping("/{templateId}/versions/{version}")
    Mono<EvaluationTemplate> version(TenantAccess caller, @PathVariable String templateId, @PathVariable int version) {
        return templates.version(caller, templateId, version);
    }

    @Operation(summary = "复制为本区模板 / copy a template for the district",
            description = "区绩效管理人员可用；副本为新模板的第 1 版 / district overseers only; the copy is version 1 "
                    + "of a new template owned by the district")
    @PostMapping("/{templateId}/copies")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<EvaluationTemplate> copy(TenantAccess caller, @PathVariable String templateId,
                                  @Valid @RequestBody CopyTemplate request) {
        return templates.copy(caller, templateId, request);
    }

    @Operation(summary = "发布本区模板的新版本 / publish a new version of the district's template",
            description = "设置无法计分时返回 422 并逐条列出问题；依据的版本已过时返回 409 / settings that cannot score "
                    + "give 422 listing every problem; a change based on an outdated version gives 409")
    @PostMapping("/{templateId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<EvaluationTemplate> publish(TenantAccess caller, @PathVariable String templateId,
                                     @Valid @RequestBody ChangeTemplate change) {
        return templates.publishVersion(caller, templateId, change);
    }

    @Operation(summary = "归档本区不再使用的模板 / archive a template the district no longer uses",
            description = "区绩效管理人员可用；归档后不再列出、不能再选定（本区或项目），已按它计分的自评保持不变；"
                    + "本区默认选定及任一预算年度选定的模板不能归档（409） / district overseers only; an archived template is "
                    + "no longer offered nor choosable (for the district or a project), evaluations recorded under it "
                    + "keep it; the district's default and any budget year's choice cannot be archived (409)")
    @PostMapping("/{templateId}/archive")
    Mono<TemplateListing> archive(TenantAccess caller, @PathVariable String templateId) {
        return templates.archive(caller, templateId);
    }

    @Operation(summary = "取消归档 / restore an archived template",
            description = "区绩效管理人员可用；模板重新可选 / district overseers only; the template is offered again")
    @DeleteMapping("/{templateId}/archive")
    Mono<TemplateListing> restore(TenantAccess caller, @PathVariable String templateId) {
        return templates.restore(caller, templateId);
    }

    @Operation(summary = "本区选定的模板 / the template version the district scores with",
            description = "不带年度：本区默认选定，并列出各预算年度自己的选定；带年度：该年度生效的选定（该年度自己的，否则为默认，"
                    + "此时 year 为空） / without a year: the district's default, with the years' own choices listed; "
                    + "with a year: the choice in force for that year (its own, else the default, then year is null)")
    @GetMapping("/choice")
    Mono<ChoiceView> choice(TenantAccess caller,
                            @Parameter(description = "预算年度（2000–2100） / budget year (2000–2100)", example = "2024")
                            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return templates.choice(caller, year);
    }

    @Operation(summary = "选定本区模板 / choose the district's template",
            description = "此后新开的自评按该版本计分；带年度时只用于该预算年度的项目，不带年度为默认选定；已有的自评保持原来的"
                    + "版本；已归档的模板不能选定（409） / drafts opened from now on are scored with this version: with a "
                    + "year only those of that budget year's projects, without one the default for every year without "
                    + "its own choice; existing evaluations keep theirs; an archived template cannot be chosen (409)")
    @PutMapping("/choice")
    Mono<ChoiceView> choose(TenantAccess caller, @Valid @RequestBody ChooseTemplate request) {
        return templates.choose(caller, request);
    }
}
