package se.medborgarlofte.survey;

import java.util.Map;

/**
 * One anonymous submission: the client's own {@code submissionId} (a retry with the same one stores nothing new), an
 * invitation code for invitation rounds, the respondent's area (optional), and the chosen option per item code.
 */
public record SubmissionRequest(String submissionId, String invitationCode, String area, Map<String, String> answers) {}
