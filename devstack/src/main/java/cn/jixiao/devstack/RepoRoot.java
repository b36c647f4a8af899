package cn.jixiao.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the nearest folder, upwards, that holds both the jixiao script and pom.xml. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path find(Path start) {
        var absolute = start.toAbsolutePath().normalize();
        for (var dir = absolute; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("jixiao")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the Jixiao repository: no folder above " + absolute
                + " holds both jixiao and pom.xml");
    }
}
