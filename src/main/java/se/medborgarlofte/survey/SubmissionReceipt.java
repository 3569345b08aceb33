package se.medborgarlofte.survey;

/**
 * What a submission answers, the same the first time (201) and on a retry (200). It names no response: a receipt
 * that carried the response's id would let whoever holds it (the respondent's browser, a proxy log) find the answer.
 *
 * @param created false when the submissionId had been seen already and nothing new was stored
 */
public record SubmissionReceipt(long surveyId, boolean received, @com.fasterxml.jackson.annotation.JsonIgnore
    boolean created) {}
