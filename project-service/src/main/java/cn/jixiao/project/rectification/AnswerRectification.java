package cn.jixiao.project.rectification;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The street's 整改措施, and the project's evidence register entries that show them.
 *
 * @param version the item's version as read (409 if changed meanwhile)
 */
public record AnswerRectification(Long version, @NotBlank @Size(max = 4000) String measures,
                                  @Size(max = 50) List<String> evidenceIds) {
}
