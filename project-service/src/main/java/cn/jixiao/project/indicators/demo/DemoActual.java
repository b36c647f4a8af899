package cn.jixiao.project.indicators.demo;

import cn.jixiao.project.indicators.ReportActual;

/** One actual value of a demo project's year, as its street reports it through {@code ActualsReporting}. */
public record DemoActual(String indicatorId, String actual, String deviationNote) {

    /** The report, based on the indicator system's version the street read. */
    public ReportActual basedOn(long version) {
        return new ReportActual(version, actual, deviationNote);
    }
}
