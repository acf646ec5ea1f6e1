package com.wuxiao.command.appraisal.api;

import java.util.List;

/** The panel members who score one proposal, in the order they were picked. */
public record Assignment(String proposalId, List<String> scorerIds) {
}
