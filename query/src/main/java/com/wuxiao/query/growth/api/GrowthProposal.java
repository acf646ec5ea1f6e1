package com.wuxiao.query.growth.api;

/** A proposal of the record: its year, its status and grade (null until appraised), the worker's share. */
public record GrowthProposal(String proposalId, int year, String title, String status, String grade, int share) {
}
