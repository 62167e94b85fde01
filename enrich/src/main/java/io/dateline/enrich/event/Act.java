package io.dateline.enrich.event;

/** The subject and object groups of a verb coded in a sentence, and where its trigger begins. */
record Act(Group subject, Group object, int verb) {
}
