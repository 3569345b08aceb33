package se.medborgarlofte.organisation.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.plugin.MenuEntry;

/**
 * The workspace menu: the admin entries every module contributes, in order, each shown only to a member who holds
 * its permission somewhere. Read by the admin layout and the start page as {@code ${@adminMenu.entries()}}.
 */
@Component("adminMenu")
class AdminMenu {

  private final List<MenuEntry> entries;

  AdminMenu(List<MenuEntry> all) {
    this.entries = all.stream().filter(e -> e.menu() == MenuEntry.Menu.ADMIN)
        .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
  }

  public List<MenuEntry> entries() {
    Member member = CurrentMember.get().orElse(null);
    return entries.stream().filter(e -> visibleTo(e, member)).toList();
  }

  static boolean visibleTo(MenuEntry entry, Member member) {
    return entry.permission() == null
        || member != null && member.may(Permission.of(entry.permission()), Scope.ANYWHERE);
  }
}
