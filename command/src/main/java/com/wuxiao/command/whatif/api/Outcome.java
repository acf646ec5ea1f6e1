package com.wuxiao.command.whatif.api;

import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;

/** A proposal's place in its round's ranking under one set of rules. */
public record Outcome(BigDecimal finalScore, int rank, Grade grade) {
}
