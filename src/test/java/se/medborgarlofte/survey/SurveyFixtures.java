package se.medborgarlofte.survey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.People;

/** Rounds and answers for the survey tests, made through the module's own services. */
@Component
public class SurveyFixtures {

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final Submissions submissions;
  private final People people;

  SurveyFixtures(SurveyRounds rounds, SurveyTemplates templates, Submissions submissions, People people) {
    this.rounds = rounds;
    this.templates = templates;
    this.submissions = submissions;
    this.people = people;
  }

  public SurveyTemplate standard() {
    return templates.standard();
  }

  /** A draft round of the standard template in the kommun, running from a year ago to a year ahead. */
  public SurveyRound draft(String kommun, String mode, List<RoundRequest.Area> areas) {
    return draft(kommun, mode, areas, LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
  }

  public SurveyRound draft(String kommun, String mode, List<RoundRequest.Area> areas, LocalDate opens,
      LocalDate closes) {
    Member admin = people.admin();
    return rounds.create(admin, new RoundRequest(standard().id(), kommun, "Test " + UUID.randomUUID(), opens, closes,
        mode, areas, null));
  }

  public SurveyRound open(String kommun, String mode, List<RoundRequest.Area> areas) {
    SurveyRound r = draft(kommun, mode, areas);
    return rounds.open(people.admin(), r.id());
  }

  public SurveyRound close(long id) {
    return rounds.close(people.admin(), id);
  }

  /** {@code count} respondents who all give {@code option} to {@code item} in {@code area} (null: none). */
  public void answer(long surveyId, String area, int count, String item, String option) {
    for (int i = 0; i < count; i++) {
      Map<String, String> answers = new HashMap<>();
      answers.put(item, option);
      submissions.submit(surveyId, new SubmissionRequest(UUID.randomUUID().toString(), null, area, answers));
    }
  }

  /** One respondent of an invitation round, with the code from the letter. */
  public void answerWithCode(long surveyId, String code) {
    submissions.submit(surveyId, new SubmissionRequest(UUID.randomUUID().toString(), code, null,
        Map.of("P_LITTERING", "SMALL")));
  }
}
