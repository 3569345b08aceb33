package se.medborgarlofte.organisation;

import java.util.List;
import java.util.Map;

/**
 * The one table of which role holds which permissions, by pattern: {@code *.edit} is every module's edit permission,
 * {@code !*.sign} takes signing away again. Adding a role is a migration (the role check on
 * {@code organisation_membership}), a {@link Role} constant and one line here; a module's new verb that is not
 * read, edit, sign or record-signature is held by admins only until a line here gives it to a role.
 */
final class RolePermissions {

  private static final Map<Role, List<String>> TABLE = Map.of(
      // Admins run the platform but never sign for a party, nor record a party's paper signature.
      Role.ADMIN, List.of("*", "!*.sign", "!*.record-signature"),
      Role.ANALYST, List.of("*.read"),
      Role.COORDINATOR, List.of("*.read", "*.edit", "*.record-signature", "*.moderate"),
      Role.POLICE, List.of("*.read", "*.edit", "*.record-signature", "*.moderate"),
      Role.SIGNATORY, List.of("*.read", "*.sign"),
      // Citizens' voice (issue 12): EST reporters file their weekly counts, moderators publish what citizens send.
      Role.REPORTER, List.of("reports.est-report"),
      Role.MODERATOR, List.of("reports.moderate", "dialogue.moderate"));

  private RolePermissions() {}

  static boolean grants(Role role, Permission permission) {
    boolean granted = false;
    for (String pattern : TABLE.getOrDefault(role, List.of())) {
      boolean deny = pattern.startsWith("!");
      if (matches(deny ? pattern.substring(1) : pattern, permission)) {
        if (deny) {
          return false;
        }
        granted = true;
      }
    }
    return granted;
  }

  /** The table as text, for the architecture docs and the admin's user page. */
  static Map<Role, List<String>> table() {
    return TABLE;
  }

  private static boolean matches(String pattern, Permission p) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.startsWith("*.")) {
      return p.verb().equals(pattern.substring(2));
    }
    return p.name().equals(pattern);
  }
}
