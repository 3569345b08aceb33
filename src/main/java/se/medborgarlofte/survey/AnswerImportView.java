package se.medborgarlofte.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One answer import in the history: who, when, which file and mapping, its status; while it runs (on the node that
 * runs it) how far it has read; when done the responses stored; when refused the first 100 problems and their count.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerImportView(long importId, long surveyId, String status, String importedBy,
    OffsetDateTime importedAt, String fileName, String mappingName, long bytes, Integer rows,
    OffsetDateTime finishedAt, Progress progress, List<ImportProblem> errors, Integer errorCount, String failure) {

  /**
   * How far a running import is: lines checked, then responses stored of the file's lines (known once checked),
   * and the share of the file's three readings done.
   */
  public record Progress(long linesChecked, long linesStored, Long lines, int percent) {}

  public boolean running() {
    return "RUNNING".equals(status);
  }

  AnswerImportView withProgress(Progress p) {
    return new AnswerImportView(importId, surveyId, status, importedBy, importedAt, fileName, mappingName, bytes,
        rows, finishedAt, p, errors, errorCount, failure);
  }
}
