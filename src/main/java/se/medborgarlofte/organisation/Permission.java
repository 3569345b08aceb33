package se.medborgarlofte.organisation;

/**
 * Something a module lets members do, named {@code module.verb}: {@code promise.edit}, {@code survey.read},
 * {@code reports.moderate}. A module defines its own permissions as constants; which roles hold them is decided by
 * the verb, in one table ({@link RolePermissions}), so a new module's {@code .read}/{@code .edit}/{@code .sign}
 * permissions reach the right people without an edit here.
 */
public record Permission(String name) {

  public Permission {
    if (name == null || !name.matches("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("a permission is named module.verb, not " + name);
    }
  }

  public static Permission of(String name) {
    return new Permission(name);
  }

  public String verb() {
    return name.substring(name.indexOf('.') + 1);
  }
}
