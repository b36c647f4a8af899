package cn.jixiao.project.redflags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The overseer's reason for dismissing a flag, kept with who and when. */
record DismissFlag(@NotBlank @Size(max = 2000) String reason) {
}
