package se.medborgarlofte.organisation;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, if anyone is signed in. */
public final class CurrentMember {

  private CurrentMember() {}

  public static Optional<Member> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Member m ? Optional.of(m) : Optional.empty();
  }

  /** The member, or an AccessDeniedException answered as 401/403. */
  public static Member require() {
    return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("sign in"));
  }
}
