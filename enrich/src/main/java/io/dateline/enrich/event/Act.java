package io.dateline.enrich.event;

/** The subject and object groups of a verb coded in a sentence. */
record Act(Group subject, Group object) {
}
