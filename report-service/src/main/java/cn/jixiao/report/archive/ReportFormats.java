package cn.jixiao.report.archive;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.ReportFormat;

/** The formats a report renders to, by the name a request, a job or a download path gives (case ignored). */
@Component
class ReportFormats {

    private final Map<String, ReportFormat> byName;

    ReportFormats(List<ReportFormat> formats) {
        this.byName = formats.stream().collect(Collectors.toUnmodifiableMap(ReportFormat::name, Function.identity()));
    }

    Optional<ReportFormat> named(String name) {
        return Optional.ofNullable(byName.get(name.toUpperCase(Locale.ROOT)));
    }

    Set<String> names() {
        return byName.keySet();
    }
}
