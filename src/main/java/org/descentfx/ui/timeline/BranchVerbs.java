package org.descentfx.ui.timeline;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * What the timeline's fork button and branch menu call: the window passes the experiment's verbs.
 *
 * @param fork     starts a new branch at the step shown
 * @param switchTo goes to the head of a branch, by id
 * @param rename   names a branch
 * @param delete   forgets a branch; false (and nothing done) for the current one
 */
public record BranchVerbs(Runnable fork, IntConsumer switchTo, BiConsumer<Integer, String> rename, IntPredicate delete) {
}
