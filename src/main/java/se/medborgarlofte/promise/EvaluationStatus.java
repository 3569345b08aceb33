package se.medborgarlofte.promise;

import java.util.UUID;

/**
 * Whether a promise has been evaluated. Promise owns the question and the module that evaluates promises (follow-up)
 * answers it, so promise never depends on that module: an extension before an evaluation exists needs an explicit
 * override with a reason.
 */
public interface EvaluationStatus {

  /** True once an evaluation of the promise exists (its report published or its decision recorded). */
  boolean evaluated(UUID promiseId);
}
