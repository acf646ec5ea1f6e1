package com.wuxiao.query.proposal;

/** What duplicate detection needs of an earlier proposal. */
record EarlierProposal(String id, String title, String problem, String solution) {

    String text() {
        return DuplicateDetector.textOf(problem, solution);
    }
}
