package cn.jixiao.evaluation.template;

/** A template version, as an evaluation records the one that scored it. */
public record TemplateRef(String id, int version) {

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
