package cn.jixiao.project.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The district's overseer opens an item by hand: what to rectify, and by when. */
public record OpenRectification(@NotBlank @Size(max = 2000) String finding, @NotNull LocalDate deadline) {
}
