/**
 * What a protocol rule sees and calls: the {@link org.hearandtreat.triage.rules.Call} fact and the proposals it
 * returns. Everything here is non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.hearandtreat.triage.rules;

import org.jspecify.annotations.NullMarked;
