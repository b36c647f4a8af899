package cn.jixiao.project.budget;

import java.util.Objects;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.project.classification.EconomicClassification;

/**
 * The part of 全年预算数 planned under one economic classification, e.g. 30227 委托业务费 2,000,000.00 元.
 * The name is the catalogue's, kept with the code so the event and the form need no lookup.
 */
public record ClassificationLine(String code, String name, Yuan amount) {

    public ClassificationLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }

    static ClassificationLine of(EconomicClassification classification, Yuan amount) {
        return new ClassificationLine(classification.code(), classification.name(), amount);
    }
}
