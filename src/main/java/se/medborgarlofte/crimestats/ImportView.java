package se.medborgarlofte.crimestats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One import in the history: who, when, which file, how many rows of each status; while it runs, how far it has read
 * ({@code progressPercent}, on the node running it); when it failed, the first 100 errors and their total count.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportView(long importId, String status, String importedBy, OffsetDateTime importedAt,
    String fileName, String sha256, long rows, long preliminaryRows, long finalRows, boolean duplicate,
    Long duplicateOf, boolean example, Long bytes, OffsetDateTime finishedAt, Integer progressPercent,
    List<RowProblem> errors, Integer errorCount, String failure) {

  public boolean running() {
    return "RUNNING".equals(status);
  }

  public ImportView withProgress(Integer percent) {
    return new ImportView(importId, status, importedBy, importedAt, fileName, sha256, rows, preliminaryRows,
        finalRows, duplicate, duplicateOf, example, bytes, finishedAt, percent, errors, errorCount, failure);
  }
}
