package se.medborgarlofte.shared.plugin;

/**
 * A link a module adds to a menu. Declare it as a bean; the layouts list the entries of each menu in order.
 *
 * @param menu which menu
 * @param order position, lowest first (convention: the module's Flyway range base, plus a small step)
 * @param labelKey message key of the link text
 * @param href the target path
 * @param permission the permission a signed-in member needs to see it (e.g. {@code organisation.manage}), or null
 *     when every visitor of that menu sees it
 */
public record MenuEntry(Menu menu, int order, String labelKey, String href, String permission) {

  public enum Menu {
    /** The public site's main navigation. */
    PUBLIC,
    /** The workspace navigation (signed in) and the start page's to-do list. */
    ADMIN
  }

  public static MenuEntry publicLink(int order, String labelKey, String href) {
    return new MenuEntry(Menu.PUBLIC, order, labelKey, href, null);
  }

  public static MenuEntry adminLink(int order, String labelKey, String href, String permission) {
    return new MenuEntry(Menu.ADMIN, order, labelKey, href, permission);
  }
}
