package se.medborgarlofte.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.medborgarlofte.shared.ConflictException;

/** A survey round: who it is for, when it runs, how respondents reach it, and where it is in its life. */
public record SurveyRound(long id, long templateId, String municipalityCode, String title, LocalDate opensOn,
    LocalDate closesOn, RoundMode mode, RoundStatus status, int minimumCellSize, boolean example,
    List<RoundArea> areas) {

  /** The floor of {@code minimumCellSize}: below ten answers a share says more about a person than about an area. */
  public static final int SMALLEST_CELL = 10;
  public static final int DEFAULT_CELL = 30;

  public SurveyRound {
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  public Optional<RoundArea> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** Answers are taken while the round is open and today lies in its period. */
  public void requireAnswerable(LocalDate today) {
    if (status == RoundStatus.DRAFT || (status == RoundStatus.OPEN && today.isBefore(opensOn))) {
      throw new ConflictException("survey " + id + " is not open yet: it opens on " + opensOn);
    }
    if (status == RoundStatus.CLOSED || today.isAfter(closesOn)) {
      throw new ConflictException("survey " + id + " is closed: it closed on " + closesOn);
    }
  }

  SurveyRound opened() {
    if (status != RoundStatus.DRAFT) {
      throw new ConflictException("survey " + id + " is " + status + ": only a draft can be opened");
    }
    return with(RoundStatus.OPEN);
  }

  SurveyRound closed() {
    if (status != RoundStatus.OPEN) {
      throw new ConflictException("survey " + id + " is " + status + ": only an open round can be closed");
    }
    return with(RoundStatus.CLOSED);
  }

  /** A draft whose answers were imported from an earlier year's file: it never was open, and is done. */
  SurveyRound closedByImport() {
    if (status != RoundStatus.DRAFT) {
      throw new ConflictException("survey " + id + " is " + status + ": answers are imported only into a draft");
    }
    return with(RoundStatus.CLOSED);
  }

  private SurveyRound with(RoundStatus next) {
    return new SurveyRound(id, templateId, municipalityCode, title, opensOn, closesOn, mode, next, minimumCellSize,
        example, areas);
  }
}
