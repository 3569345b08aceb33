package se.medborgarlofte.survey;

import org.springframework.security.access.AccessDeniedException;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;

/**
 * Who may do what with surveys. A kommun's rounds are edited by its coordinators ({@code survey.edit} in the kommun's
 * scope) and admins; templates are national, so {@code survey.manage} is the admin's alone.
 */
public final class SurveyPermissions {

  public static final Permission EDIT = Permission.of("survey.edit");
  public static final Permission READ = Permission.of("survey.read");
  public static final Permission MANAGE = Permission.of("survey.manage");

  private SurveyPermissions() {}

  static void requireEdit(Member member, String municipalityCode) {
    if (!member.may(EDIT, Scope.municipality(municipalityCode))) {
      throw new AccessDeniedException("only the kommun's coordinators may run its surveys");
    }
  }

  static void requireManage(Member member) {
    if (!member.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins edit questionnaire templates");
    }
  }
}
