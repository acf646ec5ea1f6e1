package com.wuxiao.query.appraisal.api;

import java.util.Objects;

/**
 * Scoring progress of a round per scorer and per proposal, for the union office. Answered with
 * {@link RoundProgress}, or null (ask with {@code ResponseTypes.optionalInstanceOf}) for an unknown round.
 */
public record FindRoundProgressQuery(String roundId) {

    public FindRoundProgressQuery {
        Objects.requireNonNull(roundId, "roundId");
    }
}
