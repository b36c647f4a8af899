package cn.jixiao.project.rectification;

import jakarta.validation.constraints.Size;

/**
 * The district's confirmation or sending back.
 *
 * @param version the item's version as read (409 if changed meanwhile)
 * @param comment required to send back
 */
public record DecideRectification(Long version, @Size(max = 2000) String comment) {
}
