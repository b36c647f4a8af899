package cn.jixiao.project.indicators.demo;

import cn.jixiao.project.indicators.ReportActual;

/** One actual value of a demo project's year, as its street reports it through {@code ActualsReporting}. */
public interface DemoActual {

    String indicatorId();

    /** The report, based on the indicator system's version the street read. */
    ReportActual basedOn(long version);
}
