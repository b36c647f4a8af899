package cn.jixiao.report.readmodel;

import cn.jixiao.contracts.money.Yuan;

/** An amount of one 政府支出经济分类, e.g. 30227 委托业务费: budgeted, or spent. */
public record ClassificationAmount(String code, String name, Yuan amount) {

    /** The name the report prints: the classification's name, else its code. */
    public String printedName() {
        return name == null || name.isBlank() ? code : name;
    }
}
