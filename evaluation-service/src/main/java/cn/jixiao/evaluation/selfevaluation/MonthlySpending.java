package cn.jixiao.evaluation.selfevaluation;

import cn.jixiao.contracts.money.Yuan;

/**
 * What the ledger holds for one month of the budget year, as this service keeps it from project-service's
 * ExpenditureRecorded; the district overview's in-year monitoring lights are computed from these.
 *
 * @param month  1–12
 * @param amount the month's spending
 */
public record MonthlySpending(int month, Yuan amount) {
}
