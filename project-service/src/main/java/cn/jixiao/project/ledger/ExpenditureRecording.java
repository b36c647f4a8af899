package cn.jixiao.project.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.problems.ProblemHandling.FieldProblem;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/** Records one typed-in entry, by the same rules as an import and through the same all-or-nothing booking. */
@Service
class ExpenditureRecording {

    private final ProjectAccess access;
    private final ClassificationCatalogue catalogue;
    private final LedgerWriter writer;

    ExpenditureRecording(ProjectAccess access, ClassificationCatalogue catalogue, LedgerWriter writer) {
        this.access = access;
        this.catalogue = catalogue;
        this.writer = writer;
    }

    Mono<LedgerWriter.Booked> record(TenantAccess editor, String projectId, RecordExpenditure request) {
        return access.editable(editor, projectId).flatMap(project -> {
            LedgerLine line = checked(project, request);
            return writer.alreadyBooked(project, List.of(line)).flatMap(booked -> booked.isEmpty()
                    ? writer.book(editor, project, List.of(line), Ledger.BatchKind.ENTRY, null)
                    : Mono.error(duplicate(booked.get(line.voucherNo()))));
        });
    }

    private LedgerLine checked(Project project, RecordExpenditure request) {
        LineRules rules = new LineRules(project.year(), catalogue);
        List<FieldProblem> problems = new ArrayList<>();
        note(problems, "date", request.date(), rules.date(request.date()));
        note(problems, "amount", request.amount(), rules.amount(request.amount()));
        LineRules.Classification classification = rules.classification(request.classificationCode().strip(),
                request.classificationName());
        if (!classification.isKnown()) {
            boolean codeKnown = rules.classification(request.classificationCode().strip(), null).isKnown();
            note(problems, codeKnown ? "classificationName" : "classificationCode",
                    codeKnown ? request.classificationName() : request.classificationCode(), Optional.of(classification.problem()));
        }
        note(problems, "voucherNo", request.voucherNo(), rules.voucher(request.voucherNo().strip()));
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "expenditure-invalid",
                    Bilingual.of("支出明细不符合要求", "The entry breaks a ledger rule"),
                    Bilingual.of("有 " + problems.size() + " 项不符合要求，未保存", problems.size() + " field(s) break a rule; nothing was saved"))
                    .with("errors", problems);
        }
        return new LedgerLine(request.date(), new Yuan(request.amount()), request.classificationCode().strip(),
                classification.name(), request.payee().strip(), request.voucherNo().strip(), request.summary().strip(), null);
    }

    private static void note(List<FieldProblem> problems, String field, Object value, Optional<Bilingual> refusal) {
        refusal.ifPresent(reason -> problems.add(new FieldProblem(field, reason.combined(), value)));
    }

    private static ProblemException duplicate(Expenditure existing) {
        return new ProblemException(HttpStatus.CONFLICT, "duplicate-voucher",
                Bilingual.of("凭证号重复", "Duplicate voucher number"),
                Bilingual.of("凭证号 " + existing.voucherNo() + " 已于 " + existing.date() + " 录入台账（" + existing.amount().amount().toPlainString()
                                + " 元），不能重复记账",
                        "Voucher " + existing.voucherNo() + " is already in the ledger (dated " + existing.date() + ", "
                                + existing.amount().amount().toPlainString() + " yuan); it cannot be booked twice"))
                .with("voucherNo", existing.voucherNo());
    }
}
