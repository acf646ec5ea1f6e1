package com.wuxiao.query.proposal;

/** What duplicate detection needs of another proposal (an earlier one, mostly). */
record EarlierProposal(String id, String title, String problem, String solution) {

    String text() {
        return DuplicateDetector.textOf(problem, solution);
    }
}
