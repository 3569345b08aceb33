package se.medborgarlofte.organisation;

import java.time.OffsetDateTime;
import java.util.List;

/** A person's account as the admin pages show it; never the password hash. */
public record UserAccount(long id, String username, String displayName, String email, boolean enabled,
    OffsetDateTime lockedUntil, List<Membership> memberships) {}
