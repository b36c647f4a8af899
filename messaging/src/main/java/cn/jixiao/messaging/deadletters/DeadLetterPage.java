package cn.jixiao.messaging.deadletters;

import java.util.List;

/**
 * One page of dead letters, newest first.
 *
 * @param page  from 0
 * @param total how many letters match, on every page
 */
public record DeadLetterPage(List<DeadLetter> letters, int page, int size, long total) {
}
