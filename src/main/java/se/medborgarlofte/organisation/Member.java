package se.medborgarlofte.organisation;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person and everything they may do. Every module asks this object, never the role list directly,
 * so that "kommun A never edits kommun B" is decided in one place.
 */
public final class Member implements UserDetails, Serializable {

  static final Permission ORGANISATION_EDIT = Permission.of("organisation.edit");
  static final Permission ORGANISATION_SIGN = Permission.of("organisation.sign");

  private final long id;
  private final String username;
  private final String displayName;
  private final String passwordHash;
  private final boolean enabled;
  private final boolean locked;
  private final List<Membership> memberships;

  public Member(long id, String username, String displayName, String passwordHash, boolean enabled, boolean locked,
      List<Membership> memberships) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.locked = locked;
    this.memberships = List.copyOf(memberships);
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public List<Membership> memberships() {
    return memberships;
  }

  public boolean has(Role role) {
    return memberships.stream().anyMatch(m -> m.role() == role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /**
   * May this member do {@code permission} in {@code scope}? A membership counts when its role holds the permission
   * ({@link RolePermissions}) and its kommun or LPO is the scope's; national roles count everywhere.
   */
  public boolean may(Permission permission, Scope scope) {
    return memberships.stream().anyMatch(m -> RolePermissions.grants(m.role(), permission) && scope.covers(m));
  }

  /** Admins and analysts read unpublished work everywhere. */
  public boolean readsEverything() {
    return has(Role.ADMIN) || has(Role.ANALYST);
  }

  /** May change the kommun's own data: its places, and what the kommun is party to. */
  public boolean editsForMunicipality(String code) {
    return may(ORGANISATION_EDIT, Scope.municipality(code));
  }

  /** May change what the LPO is party to. */
  public boolean editsForLpo(long lpoId) {
    return may(ORGANISATION_EDIT, Scope.lpo(lpoId));
  }

  /** May sign in the app on behalf of the kommun. Admins cannot sign for others. */
  public boolean signsForMunicipality(String code) {
    return may(ORGANISATION_SIGN, Scope.municipality(code));
  }

  public boolean signsForLpo(long lpoId) {
    return may(ORGANISATION_SIGN, Scope.lpo(lpoId));
  }

  /** Every kommun this person works for, whatever the role. */
  public Set<String> municipalityCodes() {
    return memberships.stream().map(Membership::municipalityCode).filter(c -> c != null).collect(Collectors.toSet());
  }

  public Set<Long> lpoIds() {
    return memberships.stream().map(Membership::lpoId).filter(c -> c != null).collect(Collectors.toSet());
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return memberships.stream().map(m -> new SimpleGrantedAuthority("ROLE_" + m.role().name())).distinct().toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Member other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "Member[" + username + "]";
  }
}
