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

  /** Admins and analysts read unpublished work everywhere. */
  public boolean readsEverything() {
    return has(Role.ADMIN) || has(Role.ANALYST);
  }

  /** May change the kommun's own data: its places, and what the kommun is party to. */
  public boolean editsForMunicipality(String code) {
    return isAdmin() || memberships.stream().anyMatch(m -> m.role() == Role.COORDINATOR && m.inMunicipality(code));
  }

  /** May change what the LPO is party to. */
  public boolean editsForLpo(long lpoId) {
    return isAdmin() || memberships.stream().anyMatch(m -> m.role() == Role.POLICE && m.inLpo(lpoId));
  }

  /** May sign in the app on behalf of the kommun. Admins cannot sign for others. */
  public boolean signsForMunicipality(String code) {
    return memberships.stream().anyMatch(m -> m.role() == Role.SIGNATORY && m.inMunicipality(code));
  }

  public boolean signsForLpo(long lpoId) {
    return memberships.stream().anyMatch(m -> m.role() == Role.SIGNATORY && m.inLpo(lpoId));
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
