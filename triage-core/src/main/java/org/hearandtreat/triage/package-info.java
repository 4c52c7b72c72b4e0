/**
 * The public API of the triage engine: the assessment model, the engine, rule sets, results and JSON binding.
 * Everything here is non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.hearandtreat.triage;

import org.jspecify.annotations.NullMarked;
