package cn.jixiao.evaluation.selfevaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "自评流程 Self-evaluation workflow")
@RestController
class EvaluationTemplateController {

    private final EvaluationTemplateChoice choice;

    EvaluationTemplateController(EvaluationTemplateChoice choice) {
        this.choice = choice;
    }

    @Operation(summary = "选定本项目的计分模板 / choose the template this project is scored under",
            description = "区绩效管理人员在自评为草稿时，从本区可用（平台或本区、未归档）的模板中为本项目选定版本，立即重算得分，"
                    + "流程记录写明原模板与新模板；提交后不能再改（409），他区模板为 404，已归档的模板为 409 / by the "
                    + "district's overseer while the evaluation is a draft, among the district's choosable templates "
                    + "(platform or its own, not archived); rescored at once, the history names both versions; refused "
                    + "once submitted (409); another district's template is 404, an archived one 409")
    @PutMapping("/api/evaluations/{id}/template")
    Mono<SelfEvaluationView> choose(TenantAccess caller, @PathVariable String id,
                                    @Valid @RequestBody ChooseEvaluationTemplate request) {
        return choice.choose(caller, id, request).map(SelfEvaluationView::of);
    }
}
