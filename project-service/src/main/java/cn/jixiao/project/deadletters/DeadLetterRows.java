package cn.jixiao.project.deadletters;

import java.util.List;

import cn.jixiao.messaging.deadletters.DeadLetterPage;

/** One page of the desk's list, newest first; {@code total} counts every matching letter. */
record DeadLetterRows(List<DeadLetterRow> letters, int page, int size, long total) {

    static DeadLetterRows of(DeadLetterPage page) {
        return new DeadLetterRows(page.letters().stream().map(DeadLetterRow::of).toList(), page.page(), page.size(),
                page.total());
    }
}
