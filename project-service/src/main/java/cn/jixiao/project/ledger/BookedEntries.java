package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

import cn.jixiao.tenancy.TenantAccess;

/**
 * The entries of a project's ledger that count (their batch committed), for other features of the same project that
 * read the whole ledger (the red flags). Only what the caller may see: another street's or district's ledger reads as
 * empty; the caller has checked the project first.
 */
@Component
public class BookedEntries {

    private final Ledgers ledgers;
    private final Expenditures expenditures;

    BookedEntries(Ledgers ledgers, Expenditures expenditures) {
        this.ledgers = ledgers;
        this.expenditures = expenditures;
    }

    /** One entry that counts. {@code payee} and {@code summary} may be empty, {@code amount} exact yuan above zero. */
    public record BookedEntry(String voucherNo, LocalDate date, String payee, BigDecimal amount, String summary) {
    }

    /** The project's entries that count, in date order then by voucher number. */
    public Flux<BookedEntry> of(TenantAccess reader, String projectId) {
        return ledgers.visible(reader, projectId).flatMapMany(ledger -> expenditures.allCommitted(reader, ledger))
                .map(entry -> new BookedEntry(entry.voucherNo(), entry.date(), entry.payee(), entry.amount().amount(),
                        entry.summary()));
    }
}
