package se.medborgarlofte.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the partnership decided after the evaluation: the verdict on each commitment and, for the promise, to extend,
 * revise or close it, with the reason and the promise that follows (linked when known).
 */
public record Decision(UUID promiseId, Outcome decision, String reason, List<Verdict> verdicts,
    UUID nextPromiseId, String decidedBy, OffsetDateTime decidedAt) {

  /** Förlänga, revidera, avsluta. */
  public enum Outcome { EXTEND, REVISE, CLOSE }

  /** Uppnått, delvis uppnått, inte uppnått, kan inte bedömas. */
  public enum Judgement { ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, NOT_ASSESSABLE }

  public record Verdict(UUID commitmentId, Judgement verdict, String note) {}

  /** The request: every commitment of the published promise gets one verdict. */
  public record Request(Outcome decision, String reason, List<Verdict> verdicts, UUID nextPromiseId) {

    public Request {
      verdicts = verdicts == null ? List.of() : verdicts;
    }
  }
}
