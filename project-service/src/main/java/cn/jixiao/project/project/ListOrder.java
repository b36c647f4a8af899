package cn.jixiao.project.project;

import java.util.Comparator;

import org.springframework.data.domain.Sort;

/**
 * The order of every project list, in one place for both places a list is answered from: newest year first, then
 * by street, then by code.
 */
final class ListOrder {

    /** For the store's query. */
    static final Sort IN_THE_STORE = Sort.by("year").descending().and(Sort.by("tenantId", "code"));

    /** For the read model's rows; the same order as {@link #IN_THE_STORE}. */
    static final Comparator<ProjectView> OF_ROWS = Comparator.comparingInt(ProjectView::year).reversed()
            .thenComparing(ProjectView::streetId).thenComparing(ProjectView::code);

    private ListOrder() {
    }
}
