package cn.jixiao.evaluation.overview;

/** A visible row of one request with its light as of the requested month, computed once for filter, sort and counts. */
record ShownRow(BoardRow row, InYearMonitoring monitoring, OverviewLight light) {

    static ShownRow of(BoardRow row, Integer month) {
        InYearMonitoring monitoring = row.monitoring(month);
        return new ShownRow(row, monitoring, OverviewLight.of(monitoring));
    }

    OverviewRow shown() {
        return row.shown(monitoring);
    }
}
