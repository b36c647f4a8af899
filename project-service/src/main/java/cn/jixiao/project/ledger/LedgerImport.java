package cn.jixiao.project.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.ReceivedFile;

/**
 * Imports a ledger file all or nothing: every row is checked (and every problem reported, with an annotated
 * copy of the file); only a file without a single problem is booked, as one batch. Parsing and writing
 * workbooks block, so they run on the bounded-elastic scheduler, never on the event loop.
 */
@Service
public class LedgerImport {

    private final ProjectAccess access;
    private final ClassificationCatalogue catalogue;
    private final LedgerWriter writer;
    private final RejectedImports rejected;
    private final LedgerSettings settings;

    LedgerImport(ProjectAccess access, ClassificationCatalogue catalogue, LedgerWriter writer, RejectedImports rejected,
                 LedgerSettings settings) {
        this.access = access;
        this.catalogue = catalogue;
        this.writer = writer;
        this.rejected = rejected;
        this.settings = settings;
    }

    /** Imports a ledger file already in memory (the demo's): the same checks and the same single commit as an upload. */
    public Mono<Void> importContent(TenantAccess editor, String projectId, String fileName, byte[] content) {
        return Mono.usingWhen(
                Mono.fromCallable(() -> new ReceivedFile(Files.write(Files.createTempFile("ledger-upload-", ".tmp"), content), fileName))
                        .subscribeOn(Schedulers.boundedElastic()),
                upload -> importFile(editor, projectId, upload),
                ReceivedFile::delete).then();
    }

    Mono<LedgerWriter.Booked> importFile(TenantAccess editor, String projectId, ReceivedFile upload) {
        return access.editable(editor, projectId).flatMap(project -> Mono
                .fromCallable(() -> check(upload, project.year()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(checked -> writer.alreadyBooked(project, checked.outcome().lines())
                        .map(booked -> checked.withProblems(alreadyBookedProblems(checked.outcome().lines(), booked))))
                .flatMap(checked -> checked.problems().isEmpty()
                        ? writer.book(editor, project, checked.outcome().lines(), Ledger.BatchKind.IMPORT, upload.fileName())
                        : reject(project, upload, checked)));
    }

    private Checked check(ReceivedFile upload, int year) throws IOException {
        UploadFormat format = UploadFormat.of(upload.path(), upload.fileName());
        ImportCheck check = new ImportCheck(new LineRules(year, catalogue), settings.maxRows());
        try {
            format.rows().read(upload.path(), settings.fileLimits(), check);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw LedgerFileRefusals.unreadable(upload.fileName());
        }
        ImportCheck.Outcome outcome = check.outcome();
        return new Checked(format, outcome, outcome.problems());
    }

    private static List<RowProblem> alreadyBookedProblems(List<LedgerLine> lines, Map<String, Expenditure> booked) {
        return lines.stream().filter(line -> booked.containsKey(line.voucherNo())).map(line -> {
            Expenditure existing = booked.get(line.voucherNo());
            String amount = existing.amount().amount().toPlainString();
            return new RowProblem(line.sourceRow(), LedgerColumn.VOUCHER_NO, line.voucherNo(), Bilingual.of(
                    "凭证号已在台账中（" + existing.date() + "，" + amount + " 元），不能重复导入",
                    "The voucher is already in the ledger (" + existing.date() + ", " + amount + " yuan); it cannot be imported twice"));
        }).toList();
    }

    private Mono<LedgerWriter.Booked> reject(Project project, ReceivedFile upload, Checked checked) {
        return Mono.fromCallable(() -> {
                    Path annotated = Files.createTempFile("ledger-annotated-", ".xlsx");
                    try {
                        AnnotatedCopy.write(upload.path(), checked.format(), settings.fileLimits(), checked.problems(), annotated);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(annotated);
                        throw e;
                    }
                    return annotated;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(annotated -> rejected.keep(project, upload.fileName(), annotated, checked.problems().size())
                        .doFinally(done -> deleteQuietly(annotated)))
                .flatMap(importId -> Mono.error(new ImportRejected(importId,
                        "/api/projects/" + project.id() + "/expenditures/imports/" + importId + "/annotated.xlsx",
                        upload.fileName(), checked.outcome().rows(), checked.problems(), settings.errorsShown())));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftForTheOs) {
            // a temporary file; the system's temp cleaner removes what could not be removed here
        }
    }

    /** A checked file, with the problems found in it and against the ledger. */
    private record Checked(UploadFormat format, ImportCheck.Outcome outcome, List<RowProblem> problems) {

        Checked withProblems(List<RowProblem> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<RowProblem> all = new ArrayList<>(problems);
            all.addAll(more);
            all.sort(Comparator.comparingInt(RowProblem::row));
            return new Checked(format, outcome, List.copyOf(all));
        }
    }
}
